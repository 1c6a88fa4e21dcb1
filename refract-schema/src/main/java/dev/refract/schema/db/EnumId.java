package dev.refract.schema.db;

/** Identifies an enum: its file and its position among that file's top-level blocks. */
public record EnumId(int fileId, int topIndex) implements Comparable<EnumId> {
    @Override
    public int compareTo(EnumId o) {
        return fileId != o.fileId ? Integer.compare(fileId, o.fileId) : Integer.compare(topIndex, o.topIndex);
    }
}
