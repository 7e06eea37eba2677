package vn.tonghop.testdata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's capital reports for 2022–2024, built from section III of the seed report (the
 * 2024 mid-term review of Phong Thổ). Consolidated, the allocations come out as the report states
 * them: 383,032 triệu NSTW, 273,187 investment, 109,845 recurrent. The report's own slips are kept:
 * project 7.1's 81.82 % for 696 / 858, the project 7 subtotal of 1,046 for 1,098, the 109 of
 * investment carried out of 2023 and not into 2024, and project 4.1's 3,913 for 1,847 + 2,065.
 */
public final class SeedExampleSet {

    static final String DA1 = "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo";
    static final String DA1_1 = "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo";
    static final String DA1_2 = "Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai đoạn 2022 - 2025";
    static final String DA2 = "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo";
    static final String DA3 = "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng";
    static final String DA3_1 = "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp";
    static final String DA3_2 = "Tiểu dự án 2: Cải thiện dinh dưỡng";
    static final String DA4 = "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững";
    static final String DA4_1 = "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn";
    static final String DA4_2 = "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng";
    static final String DA4_3 = "Tiểu dự án 3: Hỗ trợ việc làm bền vững";
    static final String DA5 = "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo";
    static final String DA6 = "Dự án 6: Truyền thông và giảm nghèo về thông tin";
    static final String DA6_2 = "Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều";
    static final String DA7 = "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình";
    static final String DA7_1 = "Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình";
    static final String DA7_2 = "Tiểu dự án 2: Giám sát, đánh giá";

    /** The communes and the town, as their clerks head their forms, with a file name. */
    static final String[][] COMMUNES = {
        {"UBND THỊ TRẤN PHONG THỔ", "ThiTranPhongTho"}, {"UBND XÃ BẢN LANG", "BanLang"},
        {"UBND XÃ DÀO SAN", "DaoSan"}, {"UBND XÃ HOANG THÈN", "HoangThen"}, {"UBND XÃ HUỔI LUÔNG", "HuoiLuong"},
        {"UBND XÃ KHỔNG LÀO", "KhongLao"}, {"UBND XÃ LẢN NHÌ THÀNG", "LanNhiThang"}, {"UBND XÃ MA LI PHO", "MaLiPho"},
        {"UBND XÃ MỒ SÌ SAN", "MoSiSan"}, {"UBND XÃ MÙ SANG", "MuSang"}, {"UBND XÃ MƯỜNG SO", "MuongSo"},
        {"UBND XÃ NẬM XE", "NamXe"}, {"UBND XÃ PA VÂY SỬ", "PaVaySu"}, {"UBND XÃ SÌ LỞ LẦU", "SiLoLau"},
        {"UBND XÃ SIN SUỐI HỒ", "SinSuoiHo"}, {"UBND XÃ TUNG QUA LÌN", "TungQuaLin"},
        {"UBND XÃ VÀNG MA CHẢI", "VangMaChai"}};

    /** When clerks sent their files: before the review was written. */
    static final Instant SENT = Instant.parse("2024-08-15T02:00:00Z");

    /** The district's documents that the review cites; it lists 145/KH-UBND twice, and so does this set. */
    static final List<String[]> DISTRICT_DOCUMENTS = List.of(
            new String[] {"970/QĐ-UBND", "08/4/2022", "UBND huyện Phong Thổ",
                "Thành lập Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Phong Thổ giai đoạn 2021-2025"},
            new String[] {"98/KH-UBND", "09/3/2022", "UBND huyện Phong Thổ",
                "Kế hoạch xây dựng kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững giai đoạn 2021-2025"},
            new String[] {"2255/KH-UBND", "30/6/2022", "UBND tỉnh Lai Châu",
                "Kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững tỉnh Lai Châu giai đoạn 2021-2025"},
            new String[] {"219a/KH-UBND", "01/7/2022", "UBND huyện Phong Thổ",
                "Kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững giai đoạn 2021-2025"},
            new String[] {"245/KH-UBND", "03/8/2022", "UBND huyện Phong Thổ",
                "Kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững năm 2022"},
            new String[] {"3071/QĐ-UBND", "10/11/2022", "UBND huyện Phong Thổ",
                "Thành lập tổ giúp việc Ban Chỉ đạo các Chương trình MTQG giai đoạn 2021-2025"},
            new String[] {"373/KH-UBND", "30/12/2022", "UBND huyện Phong Thổ",
                "Kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững năm 2023"},
            new String[] {"142/KH-UBND", "17/4/2023", "UBND huyện Phong Thổ",
                "Kế hoạch giám sát, đánh giá Chương trình MTQG giảm nghèo bền vững năm 2023"},
            new String[] {"145/KH-UBND", "24/4/2023", "UBND huyện Phong Thổ",
                "Kế hoạch nâng cao năng lực thực hiện Chương trình MTQG giảm nghèo năm 2023"},
            new String[] {"145/KH-UBND", "ngày 24 tháng 4 năm 2023", "Ủy ban nhân dân huyện Phong Thổ",
                "Kế hoạch nâng cao năng lực thực hiện Chương trình MTQG giảm nghèo bền vững năm 2023"},
            new String[] {"36/QĐ-UBND", "11/01/2024", "UBND huyện Phong Thổ",
                "Kiện toàn Ban Chỉ đạo các Chương trình MTQG huyện Phong Thổ"});

    /** Each commune's decision setting up its steering committee; two communes numbered theirs alike. */
    static String[] communeDocument(int i) {
        String number = (i == 10 || i == 11) ? "45/QĐ-UBND" : (60 + i) + "/QĐ-UBND";
        String[] words = COMMUNES[i][0].replaceFirst("^UBND (XÃ|THỊ TRẤN) ", "").toLowerCase(Locale.ROOT).split(" ");
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        String kind = COMMUNES[i][0].contains("THỊ TRẤN") ? "thị trấn " : "xã ";
        return new String[] {number, (5 + i % 20) + "/5/2022", "UBND " + kind + name,
            "Thành lập Ban Chỉ đạo các Chương trình MTQG " + kind + name};
    }

    private SeedExampleSet() {
    }

    /** Writes the whole set; returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(write(folder.resolve("BQLDA_von_2022-2024.xlsx"), new CapitalWorkbookBuilder(), bqlda()));
        files.add(write(folder.resolve("TTDVNN_von_2022-2024.xlsx"), new CapitalWorkbookBuilder(), dvnn()));
        files.add(write(folder.resolve("TTYT_von_2023-2024.xlsx"), new CapitalWorkbookBuilder(), ttyt()));
        files.add(write(folder.resolve("GDNN-GDTX_von_2022-2024.xlsx"), new CapitalWorkbookBuilder(), gdnn()));
        files.add(write(folder.resolve("LDTBXH_von_2022-2024.xlsx"), new CapitalWorkbookBuilder()
                .documents("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", DISTRICT_DOCUMENTS)
                .indicators("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", DEPARTMENT_YEARS, "Tổng 2021-2024", labourIndicators()),
                ldtbxh()));
        files.add(write(folder.resolve("NHCSXH_chi_tieu_2022-2024.xlsx"), new CapitalWorkbookBuilder()
                .indicators("PHÒNG GIAO DỊCH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN", COMMUNE_YEARS, "Lũy kế", bankIndicators()),
                List.of()));
        files.add(write(folder.resolve("TCKH_giao_von_2022-2024.xlsx"), new CapitalWorkbookBuilder()
                .register("PHÒNG TÀI CHÍNH - KẾ HOẠCH", register())
                .mediumTermPlan("PHÒNG TÀI CHÍNH - KẾ HOẠCH", mediumTermPlan()), List.of()));
        files.add(write(folder.resolve("VHTT_von_2022-2024.xls"), new CapitalWorkbookBuilder().xls(), vhtt()));
        for (int i = 0; i < COMMUNES.length; i++) {
            CapitalWorkbookBuilder builder = new CapitalWorkbookBuilder();
            String ext = ".xlsx";
            if (COMMUNES[i][1].equals("TungQuaLin")) {
                builder.xls().inDong();
                ext = ".xls";
            }
            String[] decision = communeDocument(i);
            builder.documents(COMMUNES[i][0], Collections.singletonList(decision));
            builder.indicators(COMMUNES[i][0], COMMUNE_YEARS, null, communeIndicators(i));
            builder.committee(COMMUNES[i][0], Collections.singletonList(new String[] {
                decision[2].replaceFirst("^UBND ", ""), i == 16 ? "chưa" : "x", i == 16 ? "" : decision[0] + " ngày " + decision[1],
                i == 16 ? "" : String.valueOf(9 + i % 5), String.valueOf(i % 3)}));
            files.add(write(folder.resolve("xa").resolve(COMMUNES[i][1] + "_2023-2024" + ext), builder, commune(i)));
        }
        return files;
    }

    private static Path write(Path file, CapitalWorkbookBuilder builder, List<CapitalForm> forms) throws IOException {
        builder.write(file, forms);
        Files.setLastModifiedTime(file, FileTime.from(SENT));
        return file;
    }

    public static List<CapitalForm> bqlda() {
        String unit = "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN";
        CapitalForm y22 = new CapitalForm(unit, 2022);
        y22.total();
        y22.section("A", "VỐN ĐẦU TƯ PHÁT TRIỂN");
        y22.project("I", DA1, "DA1");
        y22.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW").money(0, 71570, 66313);
        y22.section("B", "VỐN SỰ NGHIỆP");
        y22.project("I", DA1, "DA1");
        y22.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW");
        y22.detail("Sửa chữa trường THCS xã Mường So").money(0, 1000, 1000);
        y22.detail("Đường GTNT trung tâm xã - bản Chang Hồng 1,2 xã Huổi Luông").money(0, 1085, 1085);

        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        y23.section("A", "VỐN ĐẦU TƯ PHÁT TRIỂN");
        y23.project("I", DA1, "DA1");
        y23.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW").money(5257, 80000, 85148);
        y23.leaf("2", DA1_2, "DA1.2").fund(null, "NSTW").money(0, 36200, 36200);
        y23.section("B", "VỐN SỰ NGHIỆP");
        y23.project("I", DA1, "DA1");
        y23.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW");
        y23.detail("Duy tu, bảo dưỡng công trình xã Sì Lở Lầu").money(0, 1000, 800);
        y23.detail("Duy tu, bảo dưỡng công trình xã Tung Qua Lìn").money(0, 900, 700);
        y23.detail("Duy tu, bảo dưỡng công trình xã Huổi Luông").money(0, 950, 700);
        y23.detail("Duy tu, bảo dưỡng công trình xã Ma Li Pho").money(0, 850, 668);
        y23.detail("Duy tu, bảo dưỡng công trình xã Lản Nhì Thàng").money(0, 850, 650);
        y23.leaf("2", DA1_2, "DA1.2").fund(null, "NSTW");
        y23.detail("Duy tu đường giao thông liên xã Mường So - Khổng Lào").money(0, 3500, 3500);
        y23.detail("Duy tu đường giao thông liên xã Bản Lang - Nậm Xe").money(0, 3570, 3570);

        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.section("A", "VỐN ĐẦU TƯ PHÁT TRIỂN");
        y24.project("I", DA1, "DA1");
        // The seed's slip: the 109 carried out of 2023 is not carried into 2024.
        y24.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW").money(0, 60000, 60000);
        y24.leaf("1", DA1_1 + " (vốn đối ứng)", "DA1.1").fund(null, "NSĐP").money(0, 1000, 1000);
        y24.leaf("2", DA1_2, "DA1.2").fund(null, "NSTW").money(0, 25417, 25417);
        y24.section("B", "VỐN SỰ NGHIỆP");
        y24.project("I", DA1, "DA1");
        y24.leaf("1", DA1_1, "DA1.1").fund(null, "NSTW").money(1032, 9686, 10718);
        return List.of(y22, y23, y24);
    }

    static List<CapitalForm> dvnn() {
        String unit = "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP";
        CapitalForm y22 = new CapitalForm(unit, 2022);
        y22.total();
        y22.project("I", DA2, "DA2").fund("SN", "NSTW").money(0, 6629, 1957);
        y22.project("II", DA3, "DA3");
        y22.leaf("1", DA3_1, "DA3.1").fund("SN", "NSTW").money(0, 1822, 0);
        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        // 5,808 / 6,687 = 86.855 %: typed 86,85 sits on the tolerance boundary and is right.
        y23.project("I", DA2, "DA2").fund("SN", "NSTW").money(4672, 2015, 5808).typedRate("86,85");
        y23.project("II", DA3, "DA3");
        y23.leaf("1", DA3_1, "DA3.1").fund("SN", "NSTW").money(1822, 4679, 5995);
        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.project("I", DA2, "DA2").fund("SN", "NSTW").money(879, 3700, 4579);
        y24.project("II", DA3, "DA3");
        y24.leaf("1", DA3_1, "DA3.1").fund("SN", "NSTW").money(506, 0, 506);
        return List.of(y22, y23, y24);
    }

    public static List<CapitalForm> ttyt() {
        String unit = "TRUNG TÂM Y TẾ HUYỆN";
        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        y23.project("I", DA3, "DA3");
        y23.leaf("2", DA3_2, "DA3.2").fund("SN", "NSTW").money(0, 1128, 339);
        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.project("I", DA3, "DA3");
        y24.leaf("2", DA3_2, "DA3.2").fund("SN", "NSTW").money(789, 1525, 2314);
        return List.of(y23, y24);
    }

    static List<CapitalForm> gdnn() {
        String unit = "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN";
        CapitalForm y22 = new CapitalForm(unit, 2022);
        y22.total();
        y22.project("I", DA4, "DA4");
        y22.leaf("1", DA4_1, "DA4.1").fund("SN", "NSTW").money(0, 1070, 0);
        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        y23.project("I", DA4, "DA4");
        y23.leaf("1", DA4_1, "DA4.1").fund("SN", "NSTW").money(1070, 1832, 1055);
        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.project("I", DA4, "DA4");
        // The seed's slip: 1,847 + 2,065 typed as 3,913.
        y24.leaf("1", DA4_1, "DA4.1").fund("SN", "NSTW").money(1847, 2065, 3912).typedAvailable(3913);
        return List.of(y22, y23, y24);
    }

    static List<CapitalForm> ldtbxh() {
        String unit = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
        CapitalForm y22 = new CapitalForm(unit, 2022);
        y22.total();
        y22.project("I", DA4, "DA4");
        y22.leaf("2", DA4_2, "DA4.2").fund("SN", "NSTW").money(0, 293, 0);
        y22.leaf("3", DA4_3, "DA4.3").fund("SN", "NSTW").money(0, 240, 0);
        y22.project("II", DA7, "DA7");
        // 537 / 543 = 98.895 %: typed 98,89 is within the tolerance.
        y22.leaf("1", DA7_1, "DA7.1").fund("SN", "NSTW").money(0, 543, 537).typedRate("98,89");
        y22.leaf("2", DA7_2, "DA7.2").fund("SN", "NSTW").money(0, 206, 13);
        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        y23.project("I", DA4, "DA4");
        y23.leaf("2", DA4_2, "DA4.2").fund("SN", "NSTW").money(293, 957, 0);
        y23.leaf("3", DA4_3, "DA4.3").fund("SN", "NSTW").money(240, 634, 30);
        // The seed's slips: the project 7 subtotal typed 1,046 for 696 + 402, and 81,82 % for 696 / 858.
        y23.project("II", DA7, "DA7").typedDisbursed(1046).blankCarryOut();
        y23.leaf("1", DA7_1, "DA7.1").fund("SN", "NSTW").money(6, 852, 696).typedRate("81,82");
        y23.leaf("2", DA7_2, "DA7.2").fund("SN", "NSTW").money(193, 326, 402);
        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.project("I", DA4, "DA4");
        y24.leaf("2", DA4_2, "DA4.2").fund("SN", "NSTW").money(1250, 955, 2205);
        y24.leaf("3", DA4_3, "DA4.3").fund("SN", "NSTW").money(844, 773, 1617);
        y24.project("II", DA7, "DA7");
        y24.leaf("1", DA7_1, "DA7.1").fund("SN", "NSTW").money(162, 1071, 1233);
        y24.leaf("2", DA7_2, "DA7.2").fund("SN", "NSTW").money(117, 460, 577);
        return List.of(y22, y23, y24);
    }

    static List<CapitalForm> vhtt() {
        String unit = "PHÒNG VĂN HÓA VÀ THÔNG TIN";
        CapitalForm y22 = new CapitalForm(unit, 2022);
        y22.total();
        y22.project("I", DA6, "DA6");
        y22.leaf("2", DA6_2, "DA6.2").fund("SN", "NSTW").money(0, 72, 72);
        CapitalForm y23 = new CapitalForm(unit, 2023);
        y23.total();
        y23.project("I", DA6, "DA6");
        y23.leaf("2", DA6_2, "DA6.2").fund("SN", "NSTW").money(0, 325, 267);
        CapitalForm y24 = new CapitalForm(unit, 2024);
        y24.total();
        y24.project("I", DA6, "DA6");
        y24.leaf("2", DA6_2, "DA6.2").fund("SN", "NSTW").money(58, 363, 421);
        return List.of(y22, y23, y24);
    }

    /**
     * Commune i's share of the district-wide commune allocations: project 2 (8,500 in 2023, 8,691 in
     * 2024), project 3.1 (5,168 in 2024) and housing under project 5 (12,060 and 17,500, of which 380
     * is carried from 2023 into 2024 by four communes).
     */
    static List<CapitalForm> commune(int i) {
        String unit = COMMUNES[i][0];
        long da2In23 = share(8500, i);
        long da5In23 = share(12060, i);
        long da5Carry = i < 4 ? (i < 3 ? 100 : 80) : 0;
        CapitalForm y23 = new CapitalForm(unit, 2023, "Triệu đồng", "Năm 2023");
        y23.total();
        y23.project("I", DA2, "DA2").fund("SN", "NSTW").money(0, da2In23, da2In23);
        y23.project("II", DA5, "DA5").fund("SN", "NSTW").money(0, da5In23, da5In23 - da5Carry);
        long da2In24 = share(8691, i);
        long da31In24 = share(5168, i);
        long da5In24 = share(17500, i);
        CapitalForm y24 = new CapitalForm(unit, 2024, "Triệu đồng", "Năm 2024");
        y24.total();
        y24.project("I", DA2, "DA2").fund("SN", "NSTW").money(0, da2In24, da2In24);
        y24.project("II", DA3, "DA3");
        y24.leaf("1", DA3_1, "DA3.1").fund("SN", "NSTW").money(0, da31In24, da31In24);
        y24.project("III", DA5, "DA5").fund("SN", "NSTW").money(da5Carry, da5In24, da5Carry + da5In24);
        return List.of(y23, y24);
    }

    static final List<String> DEPARTMENT_YEARS = List.of("Năm 2021", "Năm 2022", "Năm 2023", "Ước TH 2024");
    static final List<String> COMMUNE_YEARS = List.of("Năm 2022", "Năm 2023", "Ước TH 2024");

    /** A Biểu 02/CT row: code, name, unit, then plan, actual and typed rate per year, then the cumulative. */
    private static String[] indicatorRow(String code, String name, String unit, String... figures) {
        String[] row = new String[3 + figures.length];
        row[0] = code;
        row[1] = name;
        row[2] = unit;
        System.arraycopy(figures, 0, row, 3, figures.length);
        return row;
    }

    /**
     * Phòng LĐ-TB&XH's indicators, 2021–2024, as the review gives them, slips included: 1,322 jobs
     * against a plan of 1,000 typed as 1132,2 %; 11,230 for 1,230 typed as 100 %; the cumulative
     * typed 5,870 where the years add up to 15,870. 48,8 against 48 typed 101,7 % is right.
     */
    static List<String[]> labourIndicators() {
        return List.of(
                indicatorRow("CT07", "Mức giảm tỷ lệ hộ nghèo", "điểm %", "3", "3.9", "130", "3", "4.62", "154",
                        "3", "5.88", "196", "5", "5.43", "108.6", ""),
                indicatorRow("CT08", "Số lao động được giải quyết việc làm", "người", "1000", "1322", "1132.2",
                        "1000", "1286", "128.6", "1070", "2032", "189.91", "1230", "11230", "100", "5870"),
                indicatorRow("CT09", "Số lao động được đào tạo nghề", "người", "1170", "1198", "102.39", "1200", "1208",
                        "100.67", "1200", "1260", "105", "1230", "1230", "100", "4896"),
                indicatorRow("CT10", "Tỷ lệ lao động qua đào tạo", "%", "46.8", "46.8", "100", "48", "48.8", "101.7",
                        "51", "51.3", "100.6", "53.5", "53.5", "100", ""),
                indicatorRow("CT11", "Số hộ được hỗ trợ nhà ở", "hộ", "", "", "", "", "", "", "299", "299", "100",
                        "454", "454", "100", "753"),
                indicatorRow("CT18", "Số lượt cán bộ làm công tác giảm nghèo được tập huấn", "lượt người", "", "", "",
                        "700", "712", "101.71", "700", "695", "99.29", "650", "666", "102.46", "2073"));
    }

    /** The social-policy bank's lending, 5,898 households and 281,291 triệu over 2022–2024. */
    static List<String[]> bankIndicators() {
        return List.of(
                indicatorRow("CT15", "Số hộ được vay vốn tín dụng ưu đãi", "hộ", "1800", "1850", "102.78", "1900", "1960",
                        "103.16", "2000", "2088", "104.4", "5898"),
                indicatorRow("CT16", "Doanh số cho vay tín dụng ưu đãi", "triệu đồng", "85000", "88000", "103.53",
                        "90000", "93500", "103.89", "95000", "99791", "105.04", "281291"));
    }

    /** Households of commune i; communes differ in size, so the district's rate is not the mean of theirs. */
    static long households(int i, int yearIndex) {
        return 450 + 97L * i + 6L * yearIndex;
    }

    /** Commune i's poverty figures for 2022–2024: rates from 20 % to 55 % of its households, falling each year. */
    static List<String[]> communeIndicators(int i) {
        String[] total = indicatorRow("CT03", "Tổng số hộ dân cư", "hộ", new String[9]);
        String[] poor = indicatorRow("CT01", "Số hộ nghèo", "hộ", new String[9]);
        String[] nearPoor = indicatorRow("CT02", "Số hộ cận nghèo", "hộ", new String[9]);
        String[] escaped = indicatorRow("CT06", "Số hộ thoát nghèo", "hộ", new String[9]);
        String[] models = indicatorRow("CT17", "Số mô hình, dự án giảm nghèo được hỗ trợ", "mô hình", new String[9]);
        for (int y = 0; y < 3; y++) {
            long h = households(i, y);
            long p = h * (55 - (i * 13) % 36 - 4L * y) / 100;
            long planP = h * (55 - (i * 13) % 36 - 4L * y + 1) / 100;
            long n = h * (12 + i % 5) / 100;
            total[3 + 3 * y + 1] = String.valueOf(h);
            poor[3 + 3 * y] = String.valueOf(planP);
            poor[3 + 3 * y + 1] = String.valueOf(p);
            poor[3 + 3 * y + 2] = BigDecimal.valueOf(p * 100).divide(BigDecimal.valueOf(planP), 2,
                    RoundingMode.HALF_UP).toPlainString();
            nearPoor[3 + 3 * y + 1] = String.valueOf(n);
            escaped[3 + 3 * y + 1] = String.valueOf(h * 4 / 100);
            models[3 + 3 * y + 1] = String.valueOf(1 + (i + y) % 3);
        }
        return List.of(total, poor, nearPoor, escaped, models);
    }

    /** Every unit's capital forms, with the unit name Phòng Tài chính – Kế hoạch writes in its register. */
    private static Map<String, List<CapitalForm>> capitalByUnit() {
        Map<String, List<CapitalForm>> byUnit = new LinkedHashMap<>();
        byUnit.put("BQLDA huyện", bqlda());
        byUnit.put("Trung tâm DVNN", dvnn());
        byUnit.put("Trung tâm Y tế huyện", ttyt());
        byUnit.put("Trung tâm GDNN-GDTX", gdnn());
        byUnit.put("Phòng LĐTBXH", ldtbxh());
        byUnit.put("Phòng VH-TT", vhtt());
        for (int i = 0; i < COMMUNES.length; i++) {
            byUnit.put(COMMUNES[i][0], commune(i));
        }
        return byUnit;
    }

    /** The register agrees with what every unit reports: the seed's slips are not in allocations. */
    static List<String[]> register() {
        List<String[]> rows = new ArrayList<>();
        capitalByUnit().forEach((unit, forms) -> {
            for (CapitalForm form : forms) {
                for (CapitalForm.Allocation a : form.allocations()) {
                    rows.add(new String[] {unit, a.code(), a.fund(), a.source(), String.valueOf(a.year()),
                        a.amount().toPlainString(), (100 + a.year() % 100) + "/QĐ-UBND"});
                }
            }
        });
        return rows;
    }

    /**
     * The medium-term plan per sub-project, fund and source (NSTW): what was allocated over 2022–2024,
     * which the seed puts at 383,032. The 1,000 of local counterpart has no plan, as in the seed.
     */
    static List<String[]> mediumTermPlan() {
        Map<String, BigDecimal> plan = new TreeMap<>();
        capitalByUnit().values().forEach(forms -> forms.forEach(form -> form.allocations().stream()
                .filter(a -> a.source().equals("NSTW"))
                .forEach(a -> plan.merge(a.code() + "|" + a.fund(), a.amount(), BigDecimal::add))));
        List<String[]> rows = new ArrayList<>();
        plan.forEach((key, amount) -> rows.add(new String[] {key.split("\\|")[0], key.split("\\|")[1], "NSTW",
            amount.toPlainString()}));
        return rows;
    }

    /** Splits a whole amount over the communes by fixed weights; the first commune takes the remainder. */
    static long share(long total, int i) {
        int[] weights = new int[COMMUNES.length];
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 4 + (k * 7) % 5;
            sum += weights[k];
        }
        long part = total * weights[i] / sum;
        if (i == 0) {
            long others = 0;
            for (int k = 1; k < weights.length; k++) {
                others += total * weights[k] / sum;
            }
            return total - others;
        }
        return part;
    }
}
