package dev.ddbkit.autoconfigure.test.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SliceApplication {

}
