package io.github.ycspring.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * Creates objects that Jackson builds from their constructor's properties, every record among them, through a
 * method handle that spreads the argument array and is made once per type. Jackson 3 calls such constructors with
 * {@code MethodHandle.invokeWithArguments}, which makes a new spreader on every call: on a page of images that was
 * nearly a fifth of the decoding time. What is read, the defaults for absent properties and the errors are
 * Jackson's own; only the call of the constructor changes.
 */
final class SpreadConstructorInstantiators extends SimpleValueInstantiators {

	private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

	@Override
	public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
			BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
		if (defaultInstantiator.getClass() == StdValueInstantiator.class
				&& defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
			MethodHandle constructor = spread(creator.getAnnotated());
			if (constructor != null) {
				return new Instantiator((StdValueInstantiator) defaultInstantiator, constructor);
			}
		}
		return defaultInstantiator;
	}

	private static @Nullable MethodHandle spread(Constructor<?> constructor) {
		try {
			constructor.trySetAccessible();
			return MethodHandles.lookup()
				.unreflectConstructor(constructor)
				.asSpreader(Object[].class, constructor.getParameterCount())
				.asType(SPREAD);
		}
		catch (IllegalAccessException ex) {
			// a type in a module that does not open its package to us: left to Jackson's own call, as without us
			return null;
		}
	}

	private static final class Instantiator extends StdValueInstantiator {

		private final MethodHandle constructor;

		Instantiator(StdValueInstantiator source, MethodHandle constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
			try {
				return this.constructor.invokeExact(args);
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				return ctxt.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(ctxt, ex));
			}
		}

	}

}
