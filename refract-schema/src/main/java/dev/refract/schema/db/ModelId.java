package dev.refract.schema.db;

/**
 * Identifies a model or view: the file it is in and its position among that file's top-level
 * blocks. Ordered by file, then position, which is the order Prisma walks the schema in.
 */
public record ModelId(int fileId, int topIndex) implements Comparable<ModelId> {
    @Override
    public int compareTo(ModelId o) {
        return fileId != o.fileId ? Integer.compare(fileId, o.fileId) : Integer.compare(topIndex, o.topIndex);
    }
}
