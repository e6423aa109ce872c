package org.baoku;

import org.baoku.config.FatalErrors;
import org.baoku.ingest.ParseCommand;
import org.baoku.ingest.profile.FitProfileCommand;
import org.baoku.ingest.bulk.IngestCommand;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BaokuApplication {

	/** What {@code java -jar baoku.jar} does with a first argument that is no option. */
	static final String USAGE = """
			usage: java -jar baoku.jar [--name=value ...]          start the archive (web and API)
			       java -jar baoku.jar parse [--explain] FILE ...   split pages and print the articles, store nothing
			       java -jar baoku.jar ingest [--dry-run] PATH ...  load page files, folders and zips into the archive
			       java -jar baoku.jar fit-profile --gold DIR --pages DIR --out PROFILE.json   fit a paper's layout profile
			""";

	public static void main(String[] args) {
		FatalErrors.haltOnUncaughtJvmErrors();
		// A mistyped command ("parse" as "pars") starts nothing: no server, no data folder.
		if (args.length > 0 && !args[0].startsWith("-") && !"parse".equals(args[0]) && !"ingest".equals(args[0])
				&& !"fit-profile".equals(args[0])) {
			System.err.println("unknown command: " + args[0]);
			System.err.print(USAGE);
			System.exit(2);
		}
		// `parse FILE` is the admin's dry run: no web server, no database.
		if (args.length > 0 && "parse".equals(args[0])) {
			int status = new ParseCommand(System.out, System.err).run(args);
			if (status != 0) {
				System.exit(status);
			}
			return;
		}
		// `fit-profile` fits a paper's layout profile to pages with gold: no web server, no database.
		if (args.length > 0 && "fit-profile".equals(args[0])) {
			System.exit(new FitProfileCommand(System.out, System.err).run(args));
		}
		// `ingest PATH…` loads files, folders and zips of pages into the archive: no web server, no seeds.
		if (args.length > 0 && "ingest".equals(args[0])) {
			System.exit(new IngestCommand(System.out, System.err).run(args, options -> new SpringApplicationBuilder(
					BaokuApplication.class)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run("--baoku.seed-on-first-start=false", "--logging.level.root=WARN",
						"--logging.level.org.springframework=OFF")));
		}
		if (!FatalErrors.jvmExitsOnOutOfMemory()) {
			LoggerFactory.getLogger(BaokuApplication.class)
				.warn("The JVM was started without -XX:+ExitOnOutOfMemoryError: if it runs out of memory where no code "
						+ "catches it, it may stay up without answering. Start it as the README says.");
		}
		SpringApplication.run(BaokuApplication.class, args);
	}

}
