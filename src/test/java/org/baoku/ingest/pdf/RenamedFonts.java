package org.baoku.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A one-page PDF with the fonts of its page's resources renamed ("Other" before the name): the same layout in type no
 * rule was checked on, as another paper's fonts would be named. For simple files such as the typeset layouts' pages
 * (fonts in forms, annotations or Type3 glyphs keep their names).
 */
public final class RenamedFonts {

	private RenamedFonts() {
	}

	public static byte[] of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDResources resources = document.getPage(0).getResources();
			Set<COSDictionary> renamed = Collections.newSetFromMap(new IdentityHashMap<>());
			for (COSName name : resources.getFontNames()) {
				COSDictionary font = resources.getFont(name).getCOSObject();
				if (!renamed.add(font)) {
					continue;
				}
				rename(font);
				COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
				if (descendants != null) {
					for (int i = 0; i < descendants.size(); i++) {
						rename((COSDictionary) descendants.getObject(i));
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void rename(COSDictionary font) {
		String name = font.getNameAsString(COSName.BASE_FONT);
		if (name != null) {
			font.setName(COSName.BASE_FONT, "Other" + name.substring(name.indexOf('+') + 1));
		}
	}

}
