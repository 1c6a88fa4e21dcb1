package dev.refract.migrate.history;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name part of a new migration's directory, as Prisma's CLI derives it from {@code --name}:
 * accents stripped, {@code &} read as "and", camel case split into words ({@code addUserTable}
 * becomes {@code add_user_table}), lower case, every run of other characters one {@code _}, none
 * at either end, at most 200 characters. So {@code --name "Add users & posts!"} gives
 * {@code add_users_and_posts}, and folder names agree with the ones Prisma writes.
 */
public final class MigrationNames {
    /** Prisma cuts the slug at this many characters. */
    static final int MAX = 200;

    private MigrationNames() {
    }

    /** The slug of {@code name}; empty when nothing is left (Prisma then names the folder by its timestamp alone). */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name.replace("&", " and "), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // Word boundaries inside identifiers, in the order the slug library Prisma uses applies them.
        s = s.replaceAll("([A-Z]{2,})(\\d+)", "$1 $2")
                .replaceAll("([a-z\\d]+)([A-Z]{2,})", "$1 $2")
                .replaceAll("([a-z\\d])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-rt-z\\d]+)", "$1 $2");
        s = s.toLowerCase(Locale.ROOT);
        // "don't" and "it's" lose the apostrophe rather than becoming two words.
        s = s.replaceAll("([a-z\\d]+)'([ts])(\\s|$)", "$1$2$3");
        s = s.replaceAll("[^a-z\\d]+", "_").replaceAll("_{2,}", "_").replaceAll("^_|_$", "");
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
