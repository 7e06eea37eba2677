package vn.tonghop.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A draft report beside the example set: the seed's section III for Dự án 1, 2, 3 and 5, word for word but for its two
 * slips there ("giao 2024 10.515" in 2023, "5,257" for 5.257), and a table of disbursements as a reviewer adds one.
 * Every figure it states that the schedules hold agrees with them, so a changed one is the only one to differ.
 */
public final class SeedDraft {

    private SeedDraft() {
    }

    public static final List<String> PARAGRAPHS = List.of(
            "UBND HUYỆN PHONG THỔ",
            "BÁO CÁO Sơ kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn Huyện Phong Thổ",
            "III. KẾT QUẢ THỰC HIỆN MỤC TIÊU, NHIỆM VỤ, DỰ ÁN, TIÊU DỰ ÁN, NỘI DUNG THÀNH PHẦN THUỘC CHƯƠNG TRÌNH MỤC TIÊU"
                    + " QUỐC GIA GIẢM NGHÈO BỀN VỮNG",
            "b) Kết quả thực hiện các nội dung, hoạt động thuộc từng Dự án, Tiểu dự án thành phần của Chương trình.",
            "Năm 2022:",
            "- Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, xã đặc biệt khó khăn vùng bãi"
                    + " ngang, ven biển và hải đảo: Kế hoạch vốn giao 73.655 triệu đồng (trong đó: vốn đầu tư 71.570 triệu"
                    + " đồng, nguồn vốn sự nghiệp là 2.085 triệu đồng).",
            "+ Vốn đầu tư: 71.570 triệu đồng, thực hiện đầu tư 20 dự án (trong đó: có 07 công trình nước sinh hoạt và thủy"
                    + " lợi; 06 công trình đường giao thông; 03 công trình phục vụ văn hóa; 04 công trình trường học). Giải"
                    + " ngân 66.313/71.570 triệu đồng đạt 92,65% kế hoạch vốn giao.",
            "+ Vốn sự nghiệp: 2.085 triệu đồng thực hiện duy tu 02 dự án, giải ngân 2.085/2.085 triệu đồng đạt 100%% kế"
                    + " hoạch vốn giao (Cụ thể: Sửa chữa trường THCS xã Mường So 1.000 triệu đồng, Đường GTNT trung tâm"
                    + " xã-bản Chang Hồng 1,2 xã Huổi Luông 1.085 triệu đồng).",
            "Năm 2023: Vốn giao: 133.077 triệu đồng (trong đó: vốn đầu tư 121.457 triệu đồng (gồm 5.257 triệu đồng chuyển"
                    + " nguồn năm 2022 sang 2023); vốn sự nghiệp 11.620 triệu đồng), cụ thể:",
            "+ Vốn đầu tư: Tiểu dự án 1,2 là 121.457 triệu đồng (gồm 5.257 triệu đồng chuyển nguồn năm 2022 sang 2023; giao"
                    + " năm 2023 116.200 triệu đồng) thực hiện đầu tư 20 dự án chuyển tiếp, 03 dự án khởi công mới. Giá trị"
                    + " khối lượng thực hiện, giải ngân 121.348/121.457 triệu đồng, đạt 99,91% kế hoạch vốn giao.",
            "+ Vốn sự nghiệp: 11.620 triệu đồng.",
            "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
            "Tổng kinh phí giao: 29.535 triệu đồng. Ước giải ngân đến 31/12/2024 đạt 100% kế hoạch giao. Cụ thể:",
            "Năm 2022: Vốn giao 6.629 triệu đồng (trong đó, giao bổ sung thực hiện dự án năm 2021 là 2.455 triệu đồng tại"
                    + " QĐ 413, ngày 06/4/2022 của UBND tỉnh Lai Châu; giao năm 2022 4.174 triệu đồng). Kết quả thực hiện"
                    + " hết 31/12/2022 giải ngân 1.957/6.629 triệu đồng thực hiện mô hình phát triển sản xuất nông nghiệp,"
                    + " đạt 29,52%. Kết dư chuyển nguồn sang năm 2023 4.672 triệu đồng.",
            "Năm 2023: Vốn giao thực hiện: 15.187 triệu đồng (vốn năm 2022 chuyển sang 2023 4.672 triệu đồng; giao 2023"
                    + " 10.515 triệu đồng) thực hiện hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị, cụ thể:",
            "- Trung tâm DVNN: 6.687 triệu đồng (vốn năm 2022 chuyển sang 2023 4.672 triệu đồng; giao 2024 2.015 triệu"
                    + " đồng) thực hiện 05 chuỗi liên kết tại các xã trên địa bàn, kết quả thực hiện giải ngân 5.808/6.687"
                    + " triệu đồng, đạt 86,85%.",
            "Năm 2024: Vốn, kế hoạch vốn giao: 13.270 triệu đồng (vốn năm 2023 chuyển sang 2024 879 triệu đồng; giao năm"
                    + " 2024 12.391 triệu đồng), cụ thể:",
            "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
            "Năm 2022:",
            "Tiêu dự án 1: Hỗ trợ sản xuất trong lĩnh vực nông nghiệp",
            "Kế hoạch vốn giao: 1.822 triệu đồng chưa thực hiện, chuyển nguồn sang năm 2023.",
            "Năm 2023: Kinh phí thực hiện: 7.629 triệu đồng (vốn chuyển năm 2022 sang 2023 1.822 triệu đồng; giao năm"
                    + " 2023 5.807 triệu đồng), cụ thể:",
            "- Tiêu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp.",
            "Vốn, kế hoạch vốn: 6.501 triệu đồng (vốn chuyển nguồn năm 2022 sang 2023 1.822 triệu đồng; giao năm 2023"
                    + " 4.679 triệu đồng). Kết quả thực hiện giải ngân 5.995/6.501 triệu đồng, đạt 92,22%. Kết dư chuyển"
                    + " nguồn sang năm 2024 506 triệu đồng.",
            "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo",
            "Năm 2023: Nguồn vốn giao: 12.060 triệu đồng, hỗ trợ nhà ở cho 299 hộ nghèo, hộ cận nghèo có hoàn cảnh khó"
                    + " khăn trên địa bàn huyện (trong đó, hỗ trợ làm mới 285 hộ, sửa chữa 14 hộ), giải ngân 11.680/12.060"
                    + " triệu đồng đạt 96,85% kế hoạch vốn. Kết dư chuyển nguồn sang năm 2024 380 triệu đồng.",
            "Tình hình giải ngân theo dự án:");

    /** The reviewer's table: a project per row, and what was disbursed each year. */
    public static final List<List<String>> TABLE = List.of(
            List.of("Dự án", "Giải ngân năm 2022", "Giải ngân năm 2023"),
            List.of("Dự án 2: Đa dạng hóa sinh kế", "1.957 triệu đồng", "14.308 triệu đồng"),
            List.of("Dự án 5: Hỗ trợ nhà ở", "", "11.680 triệu đồng"));

    /** The draft, sent a few days after the example set. */
    public static Path write(Path file, List<String> paragraphs, List<List<String>> table, int daysAfter) throws IOException {
        return new DraftBuilder(daysAfter).paragraphs(paragraphs).table(table)
                .write(file, SeedExampleSet.SENT.plus(daysAfter, ChronoUnit.DAYS));
    }

    public static Instant sent(int daysAfter) {
        return SeedExampleSet.SENT.plus(daysAfter, ChronoUnit.DAYS);
    }
}
