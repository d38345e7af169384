package dev.esi4j.internal.cli;

import java.io.PrintStream;

import dev.esi4j.EsiSpecException;
import dev.esi4j.internal.spec.SpecSources;
import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecTag;

/**
 * Prints the catalog of a spec (MISSION 4.18). Run through the standalone tools jar
 * ({@code java -jar esi-spec-tools-<version>-standalone.jar explore [--spec FILE] [TAG | OPERATION]}) or directly
 * with esi-cdi, a JSON-P API and implementation on the class path:
 * <pre>
 * java ... EsiExplorer                             # tags with operation counts
 * java ... EsiExplorer Universe                    # operations of a tag
 * java ... EsiExplorer get_universe_types_type_id  # one operation described
 * java ... EsiExplorer --spec my-openapi.json Wallet
 * </pre>
 */
@SuppressWarnings("checkstyle:regexp")
public final class EsiExplorer {

    /** Usage line. */
    public static final String USAGE = "usage: explore [--spec FILE] [TAG | OPERATION]";

    private EsiExplorer() {
    }

    /** @param args {@code [--spec FILE] [TAG | OPERATION]} */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * @param args {@code [--spec FILE] [TAG | OPERATION]}; FILE is a path or {@code classpath:/resource}
     * @param out  where to print
     * @return exit code (0 ok, 1 not found or unreadable spec, 2 usage)
     */
    public static int run(String[] args, PrintStream out) {
        boolean withSpec = args.length >= 2 && "--spec".equals(args[0]);
        int first = withSpec ? 2 : 0;
        if (args.length - first > 1 || args.length == 1 && "--spec".equals(args[0])) {
            out.println(USAGE);
            return 2;
        }
        EsiSpec spec;
        try {
            spec = withSpec ? SpecSources.file(args[1]) : SpecSources.bundled();
        } catch (EsiSpecException e) {
            out.println(e.getMessage());
            return 1;
        }
        return print(spec, args.length == first ? null : args[first], out);
    }

    /**
     * @param spec the spec
     * @param name a tag, an operation id or snake_case alias, or {@code null} for the list of tags
     * @param out  where to print
     * @return exit code (0 ok, 1 no such tag or operation)
     */
    public static int print(EsiSpec spec, String name, PrintStream out) {
        if (name == null) {
            out.println(spec.title() + " " + spec.version() + " (OpenAPI " + spec.openApiVersion() + "), "
                    + spec.operations().size() + " operations");
            for (SpecTag tag : spec.tags()) {
                out.println("  " + tag.name() + " (" + tag.operations().size() + ")");
            }
            return 0;
        }
        if (spec.tag(name).isPresent()) {
            for (SpecOperation op : spec.tag(name).get().operations()) {
                out.println(String.format("%-48s %-6s %s  %s", op.id(), op.method(), op.path(), op.summary()));
            }
            return 0;
        }
        if (spec.operation(name).isPresent()) {
            out.print(spec.operation(name).get().describe());
            return 0;
        }
        out.println("no tag or operation named '" + name + "'");
        return 1;
    }
}
