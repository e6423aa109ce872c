package org.baoku.ingest.bulk;

import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip read before any of it is stored: too many entries, too many bytes unpacked, an entry that unpacks far
 * larger than it is packed (a zip bomb), a name that climbs out of the folder or is absolute, or a zip inside the
 * zip, and the whole zip is refused. Sizes are also enforced while reading, since a zip can lie about them.
 */
final class ZipCheck {

	/** Entries smaller than this are not judged by their ratio: tiny files compress very well. */
	private static final long RATIO_FROM_BYTES = 1 << 20;

	private ZipCheck() {
	}

	/** Why the zip is refused, or null when it may be read. */
	static String problem(ZipFile zip, ZipLimits limits) {
		if (zip.size() > limits.maxEntries()) {
			return "it holds " + zip.size() + " entries; at most " + limits.maxEntries() + " are taken";
		}
		long total = 0;
		for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
			ZipEntry entry = e.nextElement();
			String name = entry.getName();
			if (climbsOut(name)) {
				return "the entry name '" + name + "' is absolute or climbs out of its folder";
			}
			if (!entry.isDirectory() && PageSources.isZip(name)) {
				return "it holds another zip (" + name + "); unpack nested zips first";
			}
			long size = entry.getSize();
			long packed = entry.getCompressedSize();
			if (size < 0 || packed < 0) {
				continue;
			}
			total += size;
			if (size > RATIO_FROM_BYTES && packed > 0 && size / packed > limits.maxRatio()) {
				return "the entry " + name + " unpacks to " + size + " bytes from " + packed + " (more than "
						+ limits.maxRatio() + " times): a zip bomb";
			}
			if (total > limits.maxTotalBytes()) {
				return "it unpacks to more than " + limits.maxTotalBytes() + " bytes";
			}
		}
		return null;
	}

	private static boolean climbsOut(String name) {
		String n = name.replace('\\', '/');
		return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../") || n.contains("/../")
				|| n.endsWith("/..");
	}

}
