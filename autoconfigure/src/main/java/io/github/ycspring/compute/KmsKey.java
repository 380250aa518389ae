package io.github.ycspring.compute;

/**
 * KMS key an image is encrypted with.
 *
 * @param keyId id of the KMS key
 * @param versionId id of the key version
 */
public record KmsKey(String keyId, String versionId) {

	/**
	 * Puts proto3 defaults where the JSON had no value.
	 * @param keyId id of the KMS key
	 * @param versionId id of the key version
	 */
	public KmsKey {
		keyId = Image.orEmpty(keyId);
		versionId = Image.orEmpty(versionId);
	}

}
