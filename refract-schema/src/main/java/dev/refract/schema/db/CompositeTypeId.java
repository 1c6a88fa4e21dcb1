package dev.refract.schema.db;

/** Identifies a composite type: its file and its position among that file's top-level blocks. */
public record CompositeTypeId(int fileId, int topIndex) implements Comparable<CompositeTypeId> {
    @Override
    public int compareTo(CompositeTypeId o) {
        return fileId != o.fileId ? Integer.compare(fileId, o.fileId) : Integer.compare(topIndex, o.topIndex);
    }
}
