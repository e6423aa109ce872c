package org.baoku.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** `parse FILE`: prints the articles of one raw page as JSON and touches nothing. */
public final class ParseCommand {

	private final PrintStream out;

	private final PrintStream err;

	private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public ParseCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Returns the process exit status: 0 on success, 2 on a usage error, 1 when the file cannot be read. */
	public int run(String[] args) {
		if (args.length != 2) {
			err.println("usage: java -jar baoku.jar parse FILE");
			return 2;
		}
		Path file = Path.of(args[1]);
		try {
			ParsedPage page = new PageParser().parse(Files.readAllBytes(file));
			PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
			utf8.println(toJson(file.getFileName().toString(), page));
			utf8.flush();
			return 0;
		}
		catch (NoSuchFileException ex) {
			err.println("parse: no such file: " + file);
		}
		catch (IOException ex) {
			err.println("parse: cannot read " + file + ": " + ex.getMessage());
		}
		catch (UnreadablePageException ex) {
			err.println("parse: " + file + ": " + ex.getMessage());
		}
		return 1;
	}

	String toJson(String fileName, ParsedPage page) throws JsonProcessingException {
		return json.writeValueAsString(PageJson.of(fileName, page));
	}

}
