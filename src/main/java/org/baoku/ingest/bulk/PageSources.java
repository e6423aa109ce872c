package org.baoku.ingest.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.baoku.ingest.SeedManifest;

/**
 * The page files named on the command line: files, folders (walked, in name order) and zips. In a folder or a zip
 * directory with a {@code manifest.csv}, the manifest says where its files belong; other files are placed by their
 * names ({@link PageFileName}). Zips are checked whole before any entry is read ({@link ZipLimits}). Open zips are
 * closed with this.
 */
final class PageSources implements AutoCloseable {

	static final String MANIFEST = "manifest.csv";

	private static final String MISSING = "manifest.csv lists it but there is no such file";

	/** Said instead of the zip reader's own text ("invalid CEN header"), which names no fix. */
	private static final String NOT_A_ZIP = "not a readable zip (damaged, cut short, or no zip at all)";

	private final ZipLimits zipLimits;

	private final PaperNames papers;

	/** Whether a whole issue's PDF ({@code 报纸_日期.pdf}) is split into its pages; refused otherwise. */
	private final boolean splitIssues;

	private final IssuePages issuePages = new IssuePages();

	private final List<ZipFile> open = new ArrayList<>();

	/** Files that are no page files (images, notes), counted but not failed. */
	private final List<String> skipped = new ArrayList<>();

	PageSources(ZipLimits zipLimits, String defaultNewspaper, boolean splitIssues) {
		this(zipLimits, new PaperNames(defaultNewspaper, Map.of()), splitIssues);
	}

	PageSources(ZipLimits zipLimits, PaperNames papers, boolean splitIssues) {
		this.zipLimits = zipLimits;
		this.papers = papers;
		this.splitIssues = splitIssues;
	}

	/** The names in file names taken as other newspapers (an alias, or the job's newspaper for an abbreviation). */
	Map<String, PaperNames.Taken> papersTaken() {
		return papers.taken();
	}

	List<String> skipped() {
		return skipped;
	}

	List<PageFile> find(List<Path> paths) throws IOException {
		List<PageFile> found = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				folder(path, found);
			}
			else if (!Files.isRegularFile(path)) {
				found.add(PageFile.refused(path.toString(), path.getFileName().toString(), "no such file or folder"));
			}
			else if (isZip(path.getFileName().toString())) {
				zip(path, found);
			}
			else {
				Path manifest = path.toAbsolutePath().getParent().resolve(MANIFEST);
				Map<String, SeedManifest.Entry> listed = Files.isRegularFile(manifest) ? manifest(manifest, found)
						: Map.of();
				file(path, listed, found);
			}
		}
		return found;
	}

	private void folder(Path folder, List<PageFile> found) throws IOException {
		List<Path> entries;
		try (Stream<Path> list = Files.list(folder)) {
			entries = list.sorted().toList();
		}
		Path manifest = folder.resolve(MANIFEST);
		Map<String, SeedManifest.Entry> listed = Files.isRegularFile(manifest) ? manifest(manifest, found) : Map.of();
		listed.keySet()
			.stream()
			.filter(name -> !Files.isRegularFile(folder.resolve(name)))
			.forEach(name -> found.add(PageFile.refused(folder.resolve(name).toString(), name, MISSING)));
		for (Path entry : entries) {
			String name = entry.getFileName().toString();
			if (Files.isDirectory(entry)) {
				folder(entry, found);
			}
			else if (isZip(name)) {
				zip(entry, found);
			}
			else if (!name.equals(MANIFEST)) {
				file(entry, listed, found);
			}
		}
	}

	private void file(Path file, Map<String, SeedManifest.Entry> listed, List<PageFile> found) {
		String name = file.getFileName().toString();
		place(file.toString(), name, listed, found, limit -> readAtMost(file, limit));
	}

	private static byte[] readAtMost(Path file, long limit) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return readAtMost(in, limit);
		}
	}

	/** At most one byte more than the limit: enough to tell a file is too large without reading all of it. */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
	}

	/** Where a file belongs: its manifest line when there is one, else its name. */
	private void place(String source, String name, Map<String, SeedManifest.Entry> listed, List<PageFile> found,
			PageFile.Bytes bytes) {
		SeedManifest.Entry entry = listed.get(name);
		if (entry != null) {
			found.add(new PageFile(source, name, entry.newspaper(), entry.date(), entry.page(), bytes, null));
			return;
		}
		if (!PageFileName.isPageFile(name)) {
			skipped.add(source);
			return;
		}
		if (PageFileName.isIssue(name)) {
			issue(source, name, found, bytes);
			return;
		}
		PageFileName.Read read = PageFileName.read(name, papers);
		found.add(read.refused() ? PageFile.refused(source, name, read.refusal())
				: new PageFile(source, name, read.newspaper(), read.date(), read.page(), bytes, null));
	}

	/** A whole issue's PDF: one page file per page when asked for, else refused with how to ask. */
	private void issue(String source, String name, List<PageFile> found, PageFile.Bytes bytes) {
		if (!splitIssues) {
			found.add(PageFile.refused(source, name, "the name gives a date but no page: a PDF of a whole issue is "
					+ "split into its pages only when asked (ingest --split-pages; the bulk page's 拆分整期 PDF)"));
			return;
		}
		PageFileName.Read read = PageFileName.readIssue(name, papers);
		if (read.refused()) {
			found.add(PageFile.refused(source, name, read.refusal()));
			return;
		}
		List<String> labels;
		try {
			labels = issuePages.labels(source, bytes);
		}
		catch (IOException | RuntimeException ex) {
			found.add(PageFile.refused(source, name, UnreadableFiles.reason(source, ex)));
			return;
		}
		for (int i = 0; i < labels.size(); i++) {
			int index = i;
			String label = labels.get(i);
			found.add(new PageFile(source + "#" + label, name + "#" + label, read.newspaper(), read.date(), label,
					limit -> issuePages.page(source, bytes, index), null));
		}
	}

	private Map<String, SeedManifest.Entry> manifest(Path csv, List<PageFile> found) {
		try {
			return byFile(SeedManifest.read(csv));
		}
		catch (IOException | IllegalArgumentException ex) {
			found.add(PageFile.refused(csv.toString(), MANIFEST, "the manifest cannot be read: " + ex.getMessage()));
			return Map.of();
		}
	}

	private static Map<String, SeedManifest.Entry> byFile(SeedManifest manifest) {
		Map<String, SeedManifest.Entry> byFile = new LinkedHashMap<>();
		manifest.entries().forEach(e -> byFile.put(e.file(), e));
		return byFile;
	}

	/** A zip's page files, or the whole zip refused with the reason when it breaks a rule. */
	private void zip(Path path, List<PageFile> found) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			found.add(PageFile.refused(path.toString(), path.getFileName().toString(), NOT_A_ZIP));
			return;
		}
		String problem;
		try {
			problem = ZipCheck.problem(zip, zipLimits);
		}
		catch (IllegalArgumentException ex) {
			problem = NOT_A_ZIP;
		}
		if (problem != null) {
			zip.close();
			found.add(PageFile.refused(path.toString(), path.getFileName().toString(), "the zip is refused whole: " + problem));
			return;
		}
		open.add(zip);
		Map<String, Map<String, SeedManifest.Entry>> manifests = new LinkedHashMap<>();
		List<ZipEntry> entries = new ArrayList<>();
		for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
			ZipEntry entry = e.nextElement();
			if (entry.isDirectory()) {
				continue;
			}
			if (baseName(entry.getName()).equals(MANIFEST)) {
				try (InputStream in = zip.getInputStream(entry)) {
					String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
					manifests.put(directory(entry.getName()),
							byFile(SeedManifest.parse(path + "!/" + entry.getName(), text.lines().toList())));
				}
				catch (IllegalArgumentException ex) {
					found.add(PageFile.refused(path + "!/" + entry.getName(), MANIFEST,
							"the manifest cannot be read: " + ex.getMessage()));
				}
			}
			else {
				entries.add(entry);
			}
		}
		entries.sort((a, b) -> a.getName().compareTo(b.getName()));
		manifests.forEach((directory, listed) -> listed.keySet()
			.stream()
			.filter(name -> entries.stream().noneMatch(e -> e.getName().equals(directory.isEmpty() ? name : directory + "/" + name)))
			.forEach(name -> found.add(PageFile.refused(path + "!/" + (directory.isEmpty() ? "" : directory + "/") + name, name,
					MISSING))));
		for (ZipEntry entry : entries) {
			String name = baseName(entry.getName());
			place(path + "!/" + entry.getName(), name, manifests.getOrDefault(directory(entry.getName()), Map.of()), found,
					limit -> {
						try (InputStream in = zip.getInputStream(entry)) {
							return readAtMost(in, limit);
						}
					});
		}
	}

	static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private static String baseName(String entryName) {
		return entryName.substring(entryName.lastIndexOf('/') + 1);
	}

	private static String directory(String entryName) {
		return entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/')) : "";
	}

	@Override
	public void close() throws IOException {
		for (ZipFile zip : open) {
			zip.close();
		}
	}

}
