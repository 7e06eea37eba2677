package vn.tonghop;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database is built before Spring starts, so whether it is in use is read off the arguments. */
class TonghopApplicationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run --input in --output out | true",
        "run --spring.profiles.active=postgres | false",
        "run --spring.profiles.active postgres,remote | false",
        "run --spring.datasource.url=jdbc:postgresql://db/tonghop | false",
        "run --spring.profiles.active=dev | true"})
    void theEmbeddedDatabaseIsUsedUnlessAnotherIsNamed(String args, boolean embedded) {
        assertThat(TonghopApplication.embedded(args.split(" "))).isEqualTo(embedded);
    }
}
