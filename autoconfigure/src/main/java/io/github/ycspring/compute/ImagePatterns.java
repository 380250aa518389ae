package io.github.ycspring.compute;

import java.util.regex.Pattern;

/**
 * Limits of image fields, as the API documents them.
 */
final class ImagePatterns {

	static final Pattern NAME = Pattern.compile("|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?");

	static final Pattern FAMILY = Pattern.compile("|[a-z][-a-z0-9]{1,61}[a-z0-9]");

	static final int MAX_DESCRIPTION = 256;

	static final long MIN_DISK_SIZE = 4_194_304L;

	static final long MAX_DISK_SIZE = 4_398_046_511_104L;

	private ImagePatterns() {
	}

}
