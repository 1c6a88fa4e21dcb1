package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.MigrationStep.Section;
import dev.refract.migrate.ddl.MigrationStep.SummaryLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The human summary of a migration, in Prisma's layout: sections (added enums and tables, removed
 * ones, redefined tables, changed enums and tables, each changed table on its own), their items
 * sorted by section, then name, then step.
 */
final class DriftSummary {
    private DriftSummary() {
    }

    private record Item(Section section, String name, int step, String text) {
    }

    static String render(List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return "No difference detected.";
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (SummaryLine line : steps.get(i).summary()) {
                items.add(new Item(line.section(), line.item(), i, line.text()));
            }
        }
        items.sort(Comparator.comparing(Item::section).thenComparing(Item::name).thenComparingInt(Item::step));
        StringBuilder out = new StringBuilder();
        Section section = null;
        String name = null;
        for (Item item : items) {
            if (item.section() != section || !item.name().equals(name)) {
                out.append(header(item.section(), item.name()));
                section = item.section();
                name = item.name();
            }
            if (item.text() != null) {
                out.append(item.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static String header(Section section, String name) {
        return switch (section) {
            case AddedEnum -> "\n[+] Added enums\n";
            case AddedTable -> "\n[+] Added tables\n";
            case RemovedEnum -> "\n[-] Removed enums\n";
            case RemovedTable -> "\n[-] Removed tables\n";
            case RemovedUdt -> "\n[-] Removed UDTs\n";
            case RemovedView -> "\n[-] Removed views\n";
            case RedefinedTable -> "\n[*] Redefined table `" + name + "`\n";
            case ChangedEnum -> "\n[*] Changed the `" + name + "` enum\n";
            case ChangedTable -> "\n[*] Changed the `" + name + "` table\n";
            case CreatedExtension -> "\n[+] Added extensions\n";
            case AlteredExtension -> "\n[*] Changed the `" + name + "` extension\n";
            case DroppedExtension -> "\n[-] Removed extensions\n`";
        };
    }
}
