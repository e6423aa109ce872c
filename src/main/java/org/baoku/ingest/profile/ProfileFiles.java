package org.baoku.ingest.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.baoku.ingest.roles.LineRoles;
import org.baoku.ingest.roles.PaperRounds;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.Tunable;

/**
 * A profile as a JSON file: {"newspaper": …, "values": {"TUNABLE": number, …}, "sectionStyles": ["FACE/SIZE", …],
 * "typeStyles": {"body": ["FACE/SIZE", …], "headingFaces": ["FACE", …]}, "lineRoles": {"base": …, "rounds": […]}}
 * (the styles and the paper's rounds of the line-role model may be left out).
 */
public final class ProfileFiles {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private static final Set<String> KNOWN = ProfileFitter.TUNABLES.stream().map(Tunable::name)
		.collect(Collectors.toUnmodifiableSet());

	private ProfileFiles() {
	}

	/** Reads a profile; a number it names that no rule reads is an error, not silently ignored. */
	public static SplitProfile read(Path file) throws IOException {
		SplitProfile profile;
		try {
			com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
				.readTree(file.toFile());
			com.fasterxml.jackson.databind.JsonNode rounds = node.remove("lineRoles");
			profile = JSON.treeToValue(node, SplitProfile.class)
				.withLineRoles(PaperRounds.read(rounds, LineRoles::model));
		}
		catch (ClassCastException ex) {
			throw new IOException(file + " is not a profile: not a JSON object", ex);
		}
		catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IOException(file + " is not a profile: " + ex.getMessage(), ex);
		}
		List<String> unknown = profile.values().keySet().stream().filter(n -> !KNOWN.contains(n)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new IOException(file + " sets numbers no rule reads: " + String.join(", ", unknown)
					+ " (known: " + KNOWN.stream().sorted().collect(Collectors.joining(", ")) + ")");
		}
		return profile;
	}

	public static String json(SplitProfile profile) {
		try {
			java.util.Map<String, Object> file = new java.util.LinkedHashMap<>();
			file.put("newspaper", profile.newspaper());
			file.put("values", new java.util.TreeMap<>(profile.values()));
			file.put("sectionStyles", new java.util.TreeSet<>(profile.sectionStyles()));
			if (!profile.typeStyles().isEmpty()) {
				file.put("typeStyles", java.util.Map.of("body", new java.util.TreeSet<>(profile.typeStyles().body()),
						"headingFaces", new java.util.TreeSet<>(profile.typeStyles().headingFaces())));
			}
			if (!profile.lineRoles().isEmpty()) {
				file.put("lineRoles", profile.lineRoles().json());
			}
			return JSON.writeValueAsString(file);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static void write(Path file, SplitProfile profile) throws IOException {
		Files.writeString(file, json(profile) + "\n");
	}

}
