package dev.ddbkit.autoconfigure.prefix;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Makes this package an auto-configuration package, as {@code @SpringBootApplication}
 * would, so that its entity and repository are found.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class LedgerConfiguration {

}
