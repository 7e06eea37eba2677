package vn.tonghop.intake.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FundsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            NSTW                          | NSTW
            NS TW                         | NSTW
            Ngân sách TW                  | NSTW
            Ngân sách trung ương          | NSTW
            TW                            | NSTW
            NSĐP                          | NSĐP
            NS ĐP                         | NSĐP
            Ngân sách địa phương          | NSĐP
            Đối ứng                       | NSĐP
            NS tỉnh                       | NSĐP
            Ngân sách huyện               | NSĐP
            NS cấp xã                     | NSĐP
            Tỉnh                          | NSĐP
            Huyện                         | NSĐP
            Vốn TW                        | NSTW
            NSTƯ                          | NSTW
            Vốn vay                       | none
            """)
    void readsTheSourceAsClerksWriteIt(String text, String source) {
        assertThat(Funds.source(text)).isEqualTo(Optional.ofNullable(source));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            ĐTPT                          | ĐTPT
            Đầu tư phát triển             | ĐTPT
            Vốn đầu tư                    | ĐTPT
            VĐT                           | ĐTPT
            XDCB                          | ĐTPT
            SN                            | SN
            Sự nghiệp                     | SN
            Vốn sự nghiệp                 | SN
            VSN                           | SN
            Vốn SN                        | SN
            Vốn ĐT                        | ĐTPT
            Đ.tư                          | ĐTPT
            Chi thường xuyên              | SN
            Khác                          | none
            """)
    void readsTheFundTypeAsClerksWriteIt(String text, String fund) {
        assertThat(Funds.fund(text)).isEqualTo(Optional.ofNullable(fund));
    }
}
