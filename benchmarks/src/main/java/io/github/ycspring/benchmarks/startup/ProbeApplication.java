package io.github.ycspring.benchmarks.startup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with no beans of its own: what it gets is what its classpath auto-configures.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ProbeApplication {

}
