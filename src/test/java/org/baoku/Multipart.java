package org.baoku;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser or a script sends it: the fields, then every file as a part. */
record Multipart(String contentType, byte[] body) {

	/** The fields in their order, then each file as a part named {@code filePart}, its file name the map's key. */
	static Multipart of(Map<String, String> fields, String filePart, Map<String, byte[]> files) {
		String boundary = "----baoku" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body,
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
		files.forEach((name, bytes) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(bytes);
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
