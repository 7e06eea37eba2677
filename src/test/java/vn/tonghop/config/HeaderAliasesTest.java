package vn.tonghop.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.TestConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderAliasesTest {

    /** A header text two fields of a form name would go to whichever headers.csv lists first, not by its meaning. */
    @Test
    void noTextNamesTwoFieldsOfTheShippedForms() {
        HeaderAliases headers = TestConfig.jobs().headers();
        List<String> shared = new ArrayList<>();
        for (String form : headers.forms()) {
            Map<String, String> fieldOf = new HashMap<>();
            for (HeaderAliases.Field field : headers.fields(form)) {
                for (HeaderAliases.Alias a : field.aliases()) {
                    for (String key : new String[] {a.parentKey() + ">" + a.key(), a.looseParentKey() + ">" + a.looseKey()}) {
                        String before = fieldOf.putIfAbsent(key, field.name());
                        if (before != null && !before.equals(field.name())) {
                            shared.add(form + " " + key + ": " + before + ", " + field.name());
                        }
                    }
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void anAliasWhoseQualifiersTellItFromAnotherFieldIsNotReadWithoutThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("headers.csv");
        Files.writeString(file, """
                form,field,required,aliases
                01/VỐN,fund,no,Nguồn vốn (ĐTPT/SN)|Loại vốn (ĐTPT/SN)
                01/VỐN,source,no,Nguồn vốn
                """);
        List<HeaderAliases.Alias> fund = HeaderAliases.load(file).fields("01/VỐN").get(0).aliases();
        assertThat(fund.get(0).matchesLoosely(null, "nguonvon")).as("Nguồn vốn is the source's").isFalse();
        assertThat(fund.get(1).matchesLoosely(null, "loaivon")).as("Loại vốn is no one else's").isTrue();
    }
}
