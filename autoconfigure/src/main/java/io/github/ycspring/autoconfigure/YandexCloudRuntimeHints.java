package io.github.ycspring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image must keep for the clients: every record the JSON mapper reads or writes, with its canonical
 * constructor (created through a method handle, see {@code SpreadConstructorInstantiators}), its accessors and its
 * fields, and the enums inside them. Spring finds this registrar through {@code META-INF/spring/aot.factories}.
 * Nothing is loaded from resources at run time, so there are no resource hints.
 */
final class YandexCloudRuntimeHints implements RuntimeHintsRegistrar {

	/** The records the clients read from and write to the wire, by name: several are not public. */
	static final List<String> WIRE_TYPES = List.of("io.github.ycspring.compute.Image",
			"io.github.ycspring.compute.Os", "io.github.ycspring.compute.Os$Nvidia",
			"io.github.ycspring.compute.HardwareGeneration",
			"io.github.ycspring.compute.HardwareGeneration$LegacyFeatures",
			"io.github.ycspring.compute.HardwareGeneration$Generation2Features", "io.github.ycspring.compute.KmsKey",
			"io.github.ycspring.compute.ImageOperationMetadata", "io.github.ycspring.operation.Operation",
			"io.github.ycspring.operation.Status", "io.github.ycspring.internal.compute.DefaultImageClient$ImagePage",
			"io.github.ycspring.internal.compute.ImageRequestBodies$Create",
			"io.github.ycspring.internal.compute.ImageRequestBodies$Update",
			"io.github.ycspring.internal.operation.DefaultOperationClient$OperationPage",
			"io.github.ycspring.internal.auth.IamTokenExchange$CreateIamTokenResponse",
			"io.github.ycspring.internal.auth.MetadataServiceTokenSource$MetadataToken",
			"io.github.ycspring.internal.auth.OAuthTokenSource$OAuthBody",
			"io.github.ycspring.internal.auth.ServiceAccountKeyTokenSource$JwtBody");

	/** Readers Jackson creates from a {@code @JsonDeserialize} annotation, through their constructor. */
	static final List<String> READERS = List.of("io.github.ycspring.compute.ImageJsonReader",
			"io.github.ycspring.internal.json.PageItemsDeserializer");

	private final BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (String name : WIRE_TYPES) {
			Class<?> type = ClassUtils.resolveClassName(name, classLoader);
			this.binding.registerReflectionHints(hints.reflection(), type);
			hints.reflection()
				.registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
						MemberCategory.ACCESS_DECLARED_FIELDS);
		}
		for (String name : READERS) {
			hints.reflection()
				.registerType(ClassUtils.resolveClassName(name, classLoader),
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
	}

}
