package org.baoku.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page PDF with every font of its page renamed ("Other" before the name): the same layout in type no rule was
 * checked on, as another paper's fonts would be named.
 */
public final class RenamedFonts {

	private RenamedFonts() {
	}

	public static byte[] of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				COSDictionary font = resources.getFont(name).getCOSObject();
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
