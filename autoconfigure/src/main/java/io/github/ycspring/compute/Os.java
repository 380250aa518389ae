package io.github.ycspring.compute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * Operating system contained in an image, as {@code yandex.cloud.compute.v1.Os}.
 *
 * @param type operating system type
 * @param nvidia NVIDIA GPU driver installed in the image; {@code null} when absent
 */
public record Os(Type type, @Nullable Nvidia nvidia) {

	/**
	 * Puts the proto3 default where the JSON had no type.
	 * @param type operating system type
	 * @param nvidia NVIDIA GPU driver installed in the image; {@code null} when absent
	 */
	public Os {
		type = (type != null) ? type : Type.TYPE_UNSPECIFIED;
	}

	/**
	 * An operating system of the given type and no GPU driver.
	 * @param type the type
	 * @return the operating system
	 */
	public static Os of(Type type) {
		return new Os(type, null);
	}

	/**
	 * Operating system type, used to emulate vCPUs and to price instances.
	 */
	public enum Type {

		/** Not set. */
		TYPE_UNSPECIFIED,
		/** Linux. */
		LINUX,
		/** Windows. */
		WINDOWS,
		/** A type this version of the client does not know. */
		@JsonEnumDefaultValue
		UNRECOGNIZED

	}

	/**
	 * NVIDIA GPU driver in the image.
	 *
	 * @param driver driver name
	 */
	public record Nvidia(String driver) {

		/**
		 * Puts the proto3 default where the JSON had no driver.
		 * @param driver driver name
		 */
		public Nvidia {
			driver = Image.orEmpty(driver);
		}

	}

}
