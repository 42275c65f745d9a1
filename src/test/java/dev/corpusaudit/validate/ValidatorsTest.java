package dev.corpusaudit.validate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidatorsTest {
    @Test
    void registersEachValidatorUnderItsName() {
        Map<String, Validator> byName = Validators.byName();
        assertEquals(List.of("secret", "password_value", "credential_literal", "iban", "uk_nino", "de_steuer_id", "fr_nir", "nl_bsn", "es_dni_nie", "it_codice_fiscale",
                "pl_pesel", "se_personnummer", "fi_hetu", "be_national_number", "ch_ahv", "at_svnr", "us_ssn", "uk_account_number", "ip_public", "ip_non_public", "calendar_date"), List.copyOf(byName.keySet()));
        byName.forEach((name, validator) -> assertEquals(name, validator.name()));
    }

    @Test
    void isUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> Validators.byName().put("x", new UsSsn()));
    }
}
