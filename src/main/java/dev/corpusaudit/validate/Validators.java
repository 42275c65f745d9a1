package dev.corpusaudit.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validators rule files can name with {@code validator: NAME}, by {@link Validator#name()}. */
public final class Validators {
    private static final Map<String, Validator> BY_NAME = register(List.of(
            new SecretValue(),
            new PasswordValue(),
            new CredentialLiteral(),
            new Iban(),
            new UkNino(),
            new DeSteuerId(),
            new FrNir(),
            new NlBsn(),
            new EsDniNie(),
            new ItCodiceFiscale(),
            new PlPesel(),
            new SePersonnummer(),
            new FiHetu(),
            new BeNationalNumber(),
            new ChAhv(),
            new AtSvnr(),
            new UsSsn(),
            new UkAccountNumber(),
            IpAddress.publicOnes(),
            IpAddress.nonPublicOnes(),
            new CalendarDate()));

    private Validators() {
    }

    /** All validators by name, in registration order; unmodifiable. */
    public static Map<String, Validator> byName() {
        return BY_NAME;
    }

    private static Map<String, Validator> register(List<Validator> validators) {
        Map<String, Validator> byName = new LinkedHashMap<>();
        for (Validator v : validators) {
            if (byName.put(v.name(), v) != null) {
                throw new IllegalStateException("two validators named " + v.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
