package io.cceemulator.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the state log on a disk that fills up on demand: while {@link #full}, a write puts a few bytes on the disk
 * (a torn record) and then fails as a full disk does; and {@link #unwritable} makes every write fail at once.
 */
final class FullDisk implements StatePersistence.Opener {

	volatile boolean full;

	volatile boolean unwritable;

	@Override
	public FileChannel open(Path file) throws IOException {
		return new Channel(FileChannel.open(file, StandardOpenOption.WRITE));
	}

	private final class Channel extends FileChannel {

		private final FileChannel file;

		Channel(FileChannel file) {
			this.file = file;
		}

		@Override
		public int write(ByteBuffer source) throws IOException {
			if (FullDisk.this.unwritable) {
				throw new IOException("Read-only file system");
			}
			if (FullDisk.this.full) {
				ByteBuffer some = source.slice();
				some.limit(Math.min(some.remaining(), 7));
				this.file.write(some);
				throw new IOException("No space left on device");
			}
			return this.file.write(source);
		}

		@Override
		public int read(ByteBuffer destination) throws IOException {
			return this.file.read(destination);
		}

		@Override
		public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
			return this.file.read(destinations, offset, length);
		}

		@Override
		public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
			throw new UnsupportedOperationException("the state log writes one buffer at a time");
		}

		@Override
		public long position() throws IOException {
			return this.file.position();
		}

		@Override
		public FileChannel position(long newPosition) throws IOException {
			this.file.position(newPosition);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.file.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			this.file.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			this.file.force(metaData);
		}

		@Override
		public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
			return this.file.transferTo(position, count, target);
		}

		@Override
		public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
			return this.file.transferFrom(source, position, count);
		}

		@Override
		public int read(ByteBuffer destination, long position) throws IOException {
			return this.file.read(destination, position);
		}

		@Override
		public int write(ByteBuffer source, long position) throws IOException {
			throw new UnsupportedOperationException("the state log appends at its position");
		}

		@Override
		public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
			return this.file.map(mode, position, size);
		}

		@Override
		public FileLock lock(long position, long size, boolean shared) throws IOException {
			return this.file.lock(position, size, shared);
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.file.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.file.close();
		}

	}

}
