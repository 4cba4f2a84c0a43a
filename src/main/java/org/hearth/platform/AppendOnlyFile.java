package org.hearth.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file Hearth keeps outside the database and only ever appends signed lines to (the audit checkpoints, the erasure
 * ledger): each line under a file lock and forced to disk before the caller goes on; a new file is readable by its
 * owner only.
 */
public final class AppendOnlyFile {

    private AppendOnlyFile() {
    }

    /** Appends {@code line} (ASCII, ending with a newline) to {@code file}, making it and its folder if need be. */
    public static void append(Path file, String line) throws IOException {
        boolean created = !Files.exists(file);
        if (created) {
            Files.createDirectories(file.getParent());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        if (created) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        }
    }
}
