package org.baoku;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other one way only: admin on everything it drives; ingest on search (to index
 * what it stored) and archive; search on archive (to read what it indexes); archive on nothing of the others but the
 * web helpers; accounts on the audit log (sign-ins are recorded), the audit log on nothing; the text analysis (also
 * the Solr plugin) on nothing of the app, used by search and by ingest (which reads radicals as the ideographs they
 * stand for, as search folds them).
 */
class FeatureDependenciesTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.baoku");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.baoku.(*)..")
			.should()
			.beFreeOfCycles()
			.check(CLASSES);
	}

	@Test
	void eachFeatureIsUsedOnlyByThoseAboveIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("admin").definedBy("org.baoku.admin..")
			.layer("ingest").definedBy("org.baoku.ingest..")
			.layer("search").definedBy("org.baoku.search..")
			.layer("archive").definedBy("org.baoku.archive..")
			.layer("web").definedBy("org.baoku.web..")
			.layer("account").definedBy("org.baoku.account..")
			.layer("audit").definedBy("org.baoku.audit..")
			.layer("config").definedBy("org.baoku.config..")
			.layer("analysis").definedBy("org.baoku.analysis..")
			.whereLayer("admin").mayNotBeAccessedByAnyLayer()
			.whereLayer("ingest").mayOnlyBeAccessedByLayers("admin")
			.whereLayer("search").mayOnlyBeAccessedByLayers("ingest", "admin")
			.whereLayer("archive").mayOnlyBeAccessedByLayers("search", "ingest", "admin")
			.whereLayer("web").mayOnlyBeAccessedByLayers("archive", "search", "admin")
			.whereLayer("account").mayOnlyBeAccessedByLayers("web", "admin")
			.whereLayer("audit").mayOnlyBeAccessedByLayers("web", "admin", "ingest", "account")
			.whereLayer("analysis").mayOnlyBeAccessedByLayers("search", "ingest")
			.check(CLASSES);
	}

	/** The analysis is also the Solr nodes' plugin jar: it may use the JDK and Lucene, nothing of the app. */
	@Test
	void theAnalysisNeedsOnlyLucene() {
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
			.that()
			.resideInAPackage("org.baoku.analysis..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("org.baoku.analysis..", "java..", "org.apache.lucene..")
			.check(CLASSES);
	}

}
