package io.cceemulator.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes on a socket, for what no HTTP client sends: broken escapes, truncated bodies, stalls. Each exchange uses
 * its own connection, which the request asks the server to close.
 */
final class RawHttp {

	/** The status line's code (0 if none came) and everything after the header section. */
	record Raw(int status, String head, String body) {
	}

	private RawHttp() {
	}

	static Socket connect(int port, int readTimeoutMillis) {
		try {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(readTimeoutMillis);
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Raw exchange(int port, byte[] request) {
		return exchange(port, request, true);
	}

	/**
	 * @param halfClose whether the client then closes its side, as a client that has nothing more to send may; the
	 * server's answer to a chunked body, read asynchronously, is lost when it does (docs/limits.md)
	 */
	static Raw exchange(int port, byte[] request, boolean halfClose) {
		try (Socket socket = connect(port, 30_000)) {
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			if (halfClose) {
				socket.shutdownOutput();
			}
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A request whose header section ends with {@code Connection: close} and the given body. */
	static byte[] request(String method, String path, String headers, byte[] body) {
		String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Content-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = new byte[start.length + body.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(body, 0, all, start.length, body.length);
		return all;
	}

	/**
	 * Reads one response (skipping any 100 Continue): to the end of its Content-Length or last chunk, else until the
	 * server closes; a read timeout ends it too.
	 */
	static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int n = 0;
			while (!complete(out.toByteArray()) && (n = in.read(buffer)) != -1) {
				out.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException ex) {
			// what came so far is the answer
		}
		return out.toByteArray();
	}

	private static boolean complete(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		while (text.startsWith("HTTP/1.1 100") && text.contains("\r\n\r\n")) {
			text = text.substring(text.indexOf("\r\n\r\n") + 4);
		}
		int end = text.indexOf("\r\n\r\n");
		if (end < 0 || text.startsWith("HTTP/1.1 100")) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		Matcher length = Pattern.compile("content-length: *(\\d+)").matcher(head);
		if (length.find()) {
			return text.length() - end - 4 >= Integer.parseInt(length.group(1));
		}
		return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
	}

	static Raw parse(byte[] response) {
		// framing in ISO-8859-1, one char per byte, so that chunk sizes count right; the body is UTF-8
		String text = new String(response, StandardCharsets.ISO_8859_1);
		while (text.startsWith("HTTP/1.1 100")) {
			text = text.substring(text.indexOf("\r\n\r\n") + 4);
		}
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || end < 0) {
			return new Raw(0, text, "");
		}
		String head = text.substring(0, end);
		String body = text.substring(end + 4);
		if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
			body = dechunk(body);
		}
		return new Raw(Integer.parseInt(head.substring(9, 12)), head,
				new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
			if (size == 0) {
				break;
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toString();
	}

}
