package org.baoku.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that connects from a chosen local address (Linux answers on all of 127.0.0.0/8), so a test can be two
 * clients the server tells apart by {@code getRemoteAddr()}. One HTTP/1.0 request per connection (no chunked
 * answers to decode); keeps the session cookie and the CSRF token of the last page read, as a browser would.
 */
final class FromAddress {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

	/** A response: its status, its headers (names in lower case) and its body. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private final String local;

	private final int port;

	private String cookie;

	private String csrf;

	FromAddress(String local, int port) {
		this.local = local;
		this.port = port;
	}

	/** Reads the login page (a session and its token), then posts the form. */
	Answer signIn(String username, String password) {
		if (csrf == null) {
			Answer page = send("GET", "/login", Map.of(), null);
			Matcher m = CSRF.matcher(page.body());
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the login page: " + page.status());
			}
			csrf = m.group(1);
		}
		String form = "_csrf=" + encode(csrf) + "&username=" + encode(username) + "&password=" + encode(password);
		return send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
	}

	Answer send(String method, String path, Map<String, String> headers, String body) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		if (cookie != null) {
			request.append("Cookie: ").append(cookie).append("\r\n");
		}
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return answer(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Answer answer(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			if (colon > 0) {
				String name = head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
				String value = head[i].substring(colon + 1).strip();
				headers.put(name, value);
				Matcher session = SESSION.matcher(value);
				if (name.equals("set-cookie") && session.find()) {
					cookie = session.group(1);
				}
			}
		}
		return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
