package io.github.ycspring.internal.json;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The one {@link JsonMapper} that reads and writes Yandex Cloud's proto3 JSON mapping.
 * <p>
 * It is deliberately independent of the application's own Jackson settings: the wire format is fixed by the API,
 * so a naming strategy or date format that the application chose for its own JSON must not change it. It reads
 * int64 as strings or numbers and writes them as strings, reads RFC 3339 timestamps with 0 to 9 fractional digits
 * and any offset, ignores fields it does not know, reads enum names it does not know as their
 * {@code UNRECOGNIZED} value, and writes no field that is absent or empty (proto3 omits defaults).
 */
public final class ProtoJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.addModule(new SimpleModule("proto3").addSerializer(Long.class, ToStringSerializer.instance)
			.addSerializer(Long.TYPE, ToStringSerializer.instance)
			.addDeserializer(Instant.class, new Proto3TimestampDeserializer())
			.setValueInstantiators(new SpreadConstructorInstantiators()))
		.build();

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private ProtoJson() {
	}

	/**
	 * A mapper with Jackson's defaults, for JSON that is not proto3, such as JWT claims.
	 * @return the mapper
	 */
	public static JsonMapper plainMapper() {
		return PLAIN;
	}

	/**
	 * The shared mapper; thread-safe and never to be reconfigured.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
