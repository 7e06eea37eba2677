package vn.tonghop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The schedules of TongHop.xlsx (jobs/layouts.properties): which are written and in what order,
 * each one's sheet name, the name printed top right and its title, and the indicators that make
 * up Biểu 2. A key left out keeps the default layout; the file itself may be absent.
 */
public final class Layouts {

    /** One schedule as printed. */
    public record Schedule(String sheet, String appendix, String title) {
    }

    private static final Map<String, Schedule> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("pl1", new Schedule("PL I - Văn bản", "Phụ lục I", "DANH MỤC VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH,"
                + " HƯỚNG DẪN TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021-2025"));
        DEFAULTS.put("pl2", new Schedule("PL II - Chỉ tiêu", "Phụ lục II",
                "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG"));
        DEFAULTS.put("bieu2", new Schedule("Biểu 2 - Hộ nghèo theo xã", "Biểu 2", "KẾT QUẢ GIẢM NGHÈO THEO XÃ, THỊ TRẤN"));
        DEFAULTS.put("bcd", new Schedule("Biểu BCĐ", "Biểu BCĐ",
                "TỔNG HỢP THÀNH LẬP, KIỆN TOÀN BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG CẤP XÃ"));
        DEFAULTS.put("pl4", new Schedule("PL IV - Vốn theo dự án", "Phụ lục IV",
                "KẾT QUẢ THỰC HIỆN KẾ HOẠCH VỐN CÁC DỰ ÁN, TIỂU DỰ ÁN"));
        DEFAULTS.put("byunit", new Schedule("Theo đơn vị", "Biểu theo đơn vị", "KẾT QUẢ GIẢI NGÂN THEO ĐƠN VỊ THỰC HIỆN"));
        DEFAULTS.put("pl5", new Schedule("PL V - Vốn ĐTPT", "Phụ lục V",
                "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN ĐẦU TƯ PHÁT TRIỂN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG"));
        DEFAULTS.put("pl6", new Schedule("PL VI - Vốn SN", "Phụ lục VI",
                "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN KINH PHÍ SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG"));
    }

    private final List<String> order;
    private final Map<String, Schedule> schedules;
    private final List<String> povertyIndicators;

    public Layouts(List<String> order, Map<String, Schedule> schedules, List<String> povertyIndicators) {
        this.order = order;
        this.schedules = schedules;
        this.povertyIndicators = povertyIndicators;
    }

    public static Layouts defaults() {
        return new Layouts(List.copyOf(DEFAULTS.keySet()), DEFAULTS, List.of("CT03", "CT01", "CT02"));
    }

    static Layouts load(Path file) {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties p = Tolerances.PropertiesFile.read(file);
        List<String> order = list(p.getProperty("order"), List.copyOf(DEFAULTS.keySet()));
        for (String key : order) {
            if (!DEFAULTS.containsKey(key)) {
                throw new ConfigException(file + ": order names '" + key + "'; the schedules are " + DEFAULTS.keySet());
            }
        }
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        DEFAULTS.forEach((key, d) -> schedules.put(key, new Schedule(
                p.getProperty(key + ".sheet", d.sheet()).strip(),
                p.getProperty(key + ".appendix", d.appendix()).strip(),
                p.getProperty(key + ".title", d.title()).strip())));
        List<String> poverty = list(p.getProperty("bieu2.indicators"), List.of("CT03", "CT01", "CT02"));
        if (poverty.size() != 3) {
            throw new ConfigException(file + ": bieu2.indicators takes three codes: households, poor, near-poor");
        }
        return new Layouts(order, schedules, poverty);
    }

    private static List<String> list(String value, List<String> fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The schedules to write, in order, by key: pl1, pl2, bieu2, bcd, pl4, byunit, pl5, pl6. */
    public List<String> order() {
        return order;
    }

    public Schedule schedule(String key) {
        return schedules.get(key);
    }

    /** Biểu 2's indicators: households, households in poverty, near-poor households. */
    public List<String> povertyIndicators() {
        return povertyIndicators;
    }
}
