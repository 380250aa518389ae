package io.github.ycspring.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a bare socket, to see exactly what the server sends and when it closes:
 * clients hide that (java.net.http retries a GET whose connection closed early).
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a GET and returns every byte received until the server closes the connection.
	 */
	static String getUntilClosed(YandexCloudEmulator emulator, String pathAndQuery) {
		try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
			socket.setSoTimeout(5000);
			String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
					+ EmulatorHttp.TOKEN + "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				received.write(buffer, 0, read);
			}
			return received.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
