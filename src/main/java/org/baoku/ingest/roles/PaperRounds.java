package org.baoku.ingest.roles;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A paper's own rounds of the line-role model: trees fitted on its checked pages ({@link TreeFitting}) that follow
 * the rounds of the model they were fitted over, named by that model's fingerprint. Over another model (the
 * committed one retrained) they mean nothing, and {@link LineRoles#over} leaves them out.
 *
 * @param base the fingerprint of the model the rounds follow ({@link LineRoles#fingerprint()})
 * @param rounds the rounds, each one tree per role
 */
public record PaperRounds(String base, List<BoostedTrees.Tree[]> rounds) {

	/** No rounds of the paper's own: the committed model alone. */
	public static final PaperRounds NONE = new PaperRounds("", List.of());

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Logger log = LoggerFactory.getLogger(PaperRounds.class);

	public PaperRounds {
		base = base == null ? "" : base;
		rounds = rounds == null ? List.of() : List.copyOf(rounds);
	}

	public boolean isEmpty() {
		return rounds.isEmpty();
	}

	/** {"base": fingerprint, "rounds": [...]}, the rounds as a model file holds them. */
	public JsonNode json() {
		ObjectNode node = JSON.createObjectNode();
		node.put("base", base);
		node.set("rounds", BoostedTrees.json(rounds));
		return node;
	}

	/**
	 * Rounds stored as {@link #json()} wrote them, checked against the model they name: a tree that points outside
	 * itself, or at a feature or role that model has not, is refused saying so. Rounds fitted over another model
	 * than the one in force (since retrained) are left out, said in the log: they would add to sums they were not
	 * fitted to. The model is asked for only where there are rounds; where none can be read, they are left out too.
	 */
	public static PaperRounds read(JsonNode node, Supplier<LineRoles> models) throws IOException {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return NONE;
		}
		LineRoles model;
		try {
			model = models.get();
		}
		catch (IllegalStateException ex) {
			log.error("A paper's own line roles are left out: {}", ex.getMessage());
			return NONE;
		}
		if (!node.path("base").isTextual() || !node.path("rounds").isArray()) {
			throw new IOException("a paper's line-role rounds need \"base\" and \"rounds\": " + node.toString()
				.substring(0, Math.min(80, node.toString().length())));
		}
		if (!node.get("base").asText().equals(model.fingerprint())) {
			log.warn("A paper's own line roles, fitted over the line-role model {}, are left out: the model is {} now;"
					+ " fit the paper's profile again", node.get("base").asText(), model.fingerprint());
			return NONE;
		}
		return new PaperRounds(node.get("base").asText(),
				BoostedTrees.rounds(node.get("rounds"), model.features().size(), model.roles().size() == 2 ? 1
						: model.roles().size()));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PaperRounds that && base.equals(that.base) && json().equals(that.json());
	}

	@Override
	public int hashCode() {
		return base.hashCode() * 31 + rounds.size();
	}

	@Override
	public String toString() {
		return "PaperRounds[" + rounds.size() + " over " + base + "]";
	}

}
