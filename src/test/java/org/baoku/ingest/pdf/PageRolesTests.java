package org.baoku.ingest.pdf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.baoku.ingest.roles.LineRoles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roles stage takes a model only where the reader computes every feature it takes. */
class PageRolesTests {

	@Test
	void theCommittedModelIsUsable() {
		assertThat(PageRoles.usable(LineRoles.model())).isSameAs(LineRoles.model());
	}

	@Test
	void aModelTakingAFeatureTheReaderDoesNotComputeIsRefusedNamingIt() throws Exception {
		String json = """
				{"features": ["size", "colour"], "roles": ["body", "headline"], "baseline": [0.0],
				 "rounds": [[ [[1, 0.5, 1, 2, 0], [-1.0], [1.0]] ]]}""";
		LineRoles model = LineRoles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> PageRoles.usable(model)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("[colour]");
	}

}
