package org.baoku.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The PP-OCRv4 detection and recognition models and the recognizer's character list, loaded from the jar once, on
 * first use (the natives and the 15 MB of weights cost nothing to an archive that never sees a scan). A session
 * serves any number of threads; how many pages are read at once is {@link OcrReader}'s to bound.
 */
final class OcrModels {

	private static final String DETECTOR = "/models/ch_PP-OCRv4_det_infer.onnx";

	private static final String RECOGNIZER = "/models/ch_PP-OCRv4_rec_infer.onnx";

	private static final String CHARACTERS = "/models/ppocr_keys_v1.txt";

	private static volatile OcrModels loaded;

	final OrtEnvironment environment;

	final OrtSession detector;

	final OrtSession recognizer;

	/** The recognizer's classes after the blank (0): these characters, then a space. */
	final List<String> characters;

	private OcrModels() throws OrtException {
		environment = OrtEnvironment.getEnvironment();
		removeExtractedNatives();
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		// A page is read with all cores but one inside the model (OcrTuning.threads).
		options.setIntraOpNumThreads(OcrTuning.threads());
		detector = environment.createSession(bytes(DETECTOR), options);
		recognizer = environment.createSession(bytes(RECOGNIZER), options);
		characters = new String(bytes(CHARACTERS), StandardCharsets.UTF_8).lines().toList();
	}

	static OcrModels get() {
		OcrModels models = loaded;
		if (models == null) {
			synchronized (OcrModels.class) {
				models = loaded;
				if (models == null) {
					try {
						models = new OcrModels();
					}
					catch (OrtException ex) {
						throw new IllegalStateException("the OCR models cannot be loaded", ex);
					}
					loaded = models;
				}
			}
		}
		return models;
	}

	/**
	 * ONNX Runtime copies its natives out of the jar into a temporary folder on every start and asks for the folder's
	 * deletion at exit before its files', so an empty folder is left behind each time. The libraries are loaded by
	 * now; outside Windows (which keeps a loaded library's file) their files and the folder can go at once.
	 */
	private static void removeExtractedNatives() {
		if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
			return;
		}
		try {
			Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
			field.setAccessible(true);
			if (field.get(null) instanceof Path folder && Files.isDirectory(folder)) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.toList()) {
						Files.deleteIfExists(file);
					}
				}
				Files.deleteIfExists(folder);
			}
		}
		catch (ReflectiveOperationException | IOException | RuntimeException ex) {
			// Another version of the runtime keeps its folder elsewhere: it is left as that version leaves it.
		}
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = OcrModels.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the jar lacks " + resource + " (the build unpacks it: ocr-runtime)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
