package io.github.ycspring.internal.validation;

import java.util.regex.Pattern;

/**
 * Limits of image fields, as the API documents them.
 */
public final class ImagePatterns {

	/** An image's name: empty, or 1-63 lowercase letters, digits, hyphens and underscores, starting with a letter. */
	public static final Pattern NAME = Pattern.compile("|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?");

	/** An image family: empty, or 3-63 lowercase letters, digits and hyphens, starting with a letter. */
	public static final Pattern FAMILY = Pattern.compile("|[a-z][-a-z0-9]{1,61}[a-z0-9]");

	/** Longest description, in characters. */
	public static final int MAX_DESCRIPTION = 256;

	/** Smallest minimum disk size, in bytes (4 MiB). */
	public static final long MIN_DISK_SIZE = 4_194_304L;

	/** Largest minimum disk size, in bytes (4 TiB). */
	public static final long MAX_DISK_SIZE = 4_398_046_511_104L;

	private ImagePatterns() {
	}

}
