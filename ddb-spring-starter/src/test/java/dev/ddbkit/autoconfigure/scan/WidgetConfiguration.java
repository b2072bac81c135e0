package dev.ddbkit.autoconfigure.scan;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Makes this package an auto-configuration package, as {@code @SpringBootApplication}
 * would, so that its entities and repositories are found.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class WidgetConfiguration {

}
