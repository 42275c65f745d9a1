package dev.corpusaudit.validate;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every validator a rule file can name, by name. */
public final class Validators {
    private static final Map<String, Validator> BY_NAME = Stream.<Validator>of(
                    new CredentialLiteral(), new PasswordValue(), new PaymentCardNumber(), new SecretValue())
            .collect(Collectors.toUnmodifiableMap(Validator::name, Function.identity()));

    private Validators() {
    }

    public static Map<String, Validator> byName() {
        return BY_NAME;
    }
}
