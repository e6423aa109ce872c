package org.baoku.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The public URL is checked at start: links are made by adding a path to it. */
class BaokuPropertiesTests {

	private static BaokuProperties withPublicUrl(String url) {
		return new BaokuProperties(Path.of("data"), Path.of("seeds"), false, "", url);
	}

	@Test
	void anAbsoluteHttpUrlIsKeptWithoutItsTrailingSlashAndNoneMeansUnset() {
		assertThat(withPublicUrl("https://archive.example.org/").publicUrl()).isEqualTo("https://archive.example.org");
		assertThat(withPublicUrl(" http://10.0.0.5:8080/baoku// ").publicUrl()).isEqualTo("http://10.0.0.5:8080/baoku");
		assertThat(withPublicUrl("").publicUrl()).isEmpty();
		assertThat(withPublicUrl(null).publicUrl()).isEmpty();
	}

	@Test
	void aUrlLinksCannotBeMadeFromIsRefusedSayingWhy() {
		for (String url : new String[] { "archive.example.org", "/baoku", "ftp://archive.example.org", "https://",
				"https://archive.example.org/?a=1", "https://archive.example.org/#top", "https://me:pw@archive.example.org",
				"http://exa mple.org" }) {
			assertThatIllegalArgumentException().as(url)
				.isThrownBy(() -> withPublicUrl(url))
				.withMessageContaining("BAOKU_PUBLIC_URL")
				.withMessageContaining("https://archive.example.org");
		}
	}

}
