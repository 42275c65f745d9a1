package dev.corpusaudit.provenance;

import dev.corpusaudit.analyze.Pseudonymizer;

import java.nio.file.Path;
import java.util.List;

/**
 * The side inputs of a scan: member registry, opt-out register, salary records, reference private messages. Each
 * is optional; all are read before the scan starts, keyed by pseudonym.
 *
 * @param given the register files given, in the order members, opt-outs, salaries, messages (null: not given)
 */
public record Registers(MemberRegister members, OptOutRegister optOuts, SalaryRegister salaries,
                        MessageFingerprints messages, List<Path> given) {

    static final int MEMBERS = 0;
    static final int OPT_OUTS = 1;
    static final int SALARIES = 2;
    static final int MESSAGES = 3;

    public static Registers none() {
        return new Registers(MemberRegister.none(), OptOutRegister.none(), SalaryRegister.none(),
                MessageFingerprints.none(), java.util.Arrays.asList(null, null, null, null));
    }

    /** The register files given, for the manifest. */
    public List<Path> files() {
        return given.stream().filter(java.util.Objects::nonNull).toList();
    }

    boolean given(int register) {
        return given.get(register) != null;
    }

    /** Reads the registers given (a null path: that register is not given). */
    public static Registers load(Path members, Path optOuts, Path salaries, Path messages, Pseudonymizer keys) {
        return new Registers(members == null ? MemberRegister.none() : MemberRegister.load(members, keys),
                optOuts == null ? OptOutRegister.none() : OptOutRegister.load(optOuts, keys),
                salaries == null ? SalaryRegister.none() : SalaryRegister.load(salaries, keys),
                messages == null ? MessageFingerprints.none() : MessageFingerprints.load(messages),
                java.util.Arrays.asList(members, optOuts, salaries, messages));
    }
}
