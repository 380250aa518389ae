package io.github.ycspring.internal.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a bearer token may travel: over https anywhere, over plain http only to a loopback host (an emulator).
 */
public final class BearerTokenPolicy {

	private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

	/** Hosts already decided; bounded, should a program send to ever new hosts. */
	private static final Map<String, Boolean> DECIDED = new ConcurrentHashMap<>();

	private static final int MAX_DECIDED = 64;

	private BearerTokenPolicy() {
	}

	/**
	 * Whether a bearer token may be sent to a URL.
	 * @param url the URL
	 * @return {@code true} for https, or http to a loopback host
	 */
	public static boolean mayCarryToken(URI url) {
		return "https".equalsIgnoreCase(url.getScheme()) || isLoopback(url.getHost());
	}

	static boolean isLoopback(@Nullable String host) {
		if (host == null) {
			return false;
		}
		if ("localhost".equalsIgnoreCase(host)) {
			return true;
		}
		// a client's hosts are its few endpoints: each is decided once, not on every call
		Boolean known = DECIDED.get(host);
		if (known != null) {
			return known;
		}
		boolean loopback = isLoopbackLiteral(host);
		if (DECIDED.size() < MAX_DECIDED) {
			DECIDED.put(host, loopback);
		}
		return loopback;
	}

	private static boolean isLoopbackLiteral(String host) {
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!IPV4_LITERAL.matcher(literal).matches() && !literal.contains(":")) {
			// a name other than localhost is never resolved here: that would block the event loop
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
