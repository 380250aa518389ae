package io.github.ycspring.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a test pass despite leaks of buffers that one named method of a library outside this project created, for a
 * known bug of that library which the test cannot avoid. Only leaks whose access records name the method are
 * tolerated, and each is still printed; any other leak, and every reference-count error, fails the test as usual.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ToleratesLeaksFrom {

	/**
	 * The methods that create the leaked buffers, as a stack frame names them: {@code package.Class.method}.
	 * @return the methods
	 */
	String[] value();

	/**
	 * Why the leak is not this project's, and where it is known.
	 * @return the reason
	 */
	String reason();

}
