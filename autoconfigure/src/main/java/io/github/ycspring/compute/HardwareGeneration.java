package io.github.ycspring.compute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * Hardware generation an image needs, as {@code yandex.cloud.compute.v1.HardwareGeneration}: one of the two
 * feature sets is set.
 *
 * @param legacyFeatures features of the first (legacy) generation; {@code null} when absent
 * @param generation2Features features of the second generation; {@code null} when absent
 */
public record HardwareGeneration(@Nullable LegacyFeatures legacyFeatures,
		@Nullable Generation2Features generation2Features) {

	/**
	 * Legacy hardware with the given PCI topology.
	 * @param pciTopology the topology
	 * @return the hardware generation
	 */
	public static HardwareGeneration legacy(PciTopology pciTopology) {
		return new HardwareGeneration(new LegacyFeatures(pciTopology), null);
	}

	/**
	 * Second-generation hardware.
	 * @return the hardware generation
	 */
	public static HardwareGeneration generation2() {
		return new HardwareGeneration(null, new Generation2Features());
	}

	/**
	 * Features of legacy hardware.
	 *
	 * @param pciTopology PCI topology
	 */
	public record LegacyFeatures(PciTopology pciTopology) {

		/**
		 * Puts the proto3 default where the JSON had no topology.
		 * @param pciTopology PCI topology
		 */
		public LegacyFeatures {
			pciTopology = (pciTopology != null) ? pciTopology : PciTopology.PCI_TOPOLOGY_UNSPECIFIED;
		}

	}

	/**
	 * Features of second-generation hardware; the API defines none yet.
	 */
	public record Generation2Features() {
	}

	/**
	 * PCI topology of legacy hardware.
	 */
	public enum PciTopology {

		/** Not set. */
		PCI_TOPOLOGY_UNSPECIFIED,
		/** First version. */
		PCI_TOPOLOGY_V1,
		/** Second version. */
		PCI_TOPOLOGY_V2,
		/** A topology this version of the client does not know. */
		@JsonEnumDefaultValue
		UNRECOGNIZED

	}

}
