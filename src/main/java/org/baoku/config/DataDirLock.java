package org.baoku.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Baoku process per data folder: the app and the bulk ingest command hold an OS file lock on
 * {@code <data>/baoku.lock} while they run. The OS drops it when a process dies, even by {@code kill -9}, so holding
 * it also proves that a PostgreSQL still running on the folder was left by a process that is gone and may be
 * stopped ({@link LeftoverPostgres}).
 */
public final class DataDirLock implements AutoCloseable {

	static final String FILE = "baoku.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the folder's lock, or fails saying that another process uses the folder. */
	public static DataDirLock take(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		Path file = dataDir.resolve(FILE);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("another Baoku process (the app or an ingest) is using the data folder "
					+ dataDir.toAbsolutePath() + "; stop it first, or ingest through the running app's admin page");
		}
		return new DataDirLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
