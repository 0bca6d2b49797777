-- The catalog in Chinese: a qualification's sector and public notes in Chinese beside the English ones (shown by
-- language, the English when there is none), and an edition's Chinese name ("2025年版").
-- Portable SQL: runs unchanged on H2 and on MySQL 8 / MariaDB 10.6+.

alter table qualification add column sector_zh varchar(120);
alter table qualification add column notes_zh varchar(2000);
alter table edition_entry add column sector_zh varchar(120);
alter table edition_entry add column notes_zh varchar(2000);
alter table nomination add column sector_zh varchar(120);
-- text, not varchar(2000): a nomination row is near MySQL's 65,535-byte limit for its varchar columns (4 bytes a
-- character in utf8mb4); a nomination carries no Chinese notes yet, and when it does they are checked where they come in
alter table nomination add column notes_zh text;
alter table catalog_edition add column name_zh varchar(120);

-- The demo data's 2025 Edition (published by qualcat from the sample catalog) as the sample file now has it: its
-- Chinese name, and its change log dated as the edition is (issued on 5 September 2025), not the day the demo
-- database was made. Nothing else is touched; on a new database these statements change nothing.
update catalog_edition set name_zh = '2025年版' where code = '2025' and published_by = 'qualcat';
update edition_change set decided_at = '2025-09-05 01:00:00'
  where decided_by = 'qualcat' and decision_reference like 'import %sample-catalog-2025.csv'
  and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');

update edition_entry set sector_zh = '电气与电子工程；信息技术', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。'
  where code = 'BJ-V-001' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '电气与电子工程；信息技术', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。' where code = 'BJ-V-001' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '电气与电子工程；信息技术', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。'
  where code = 'BJ-V-002' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '电气与电子工程；信息技术', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。' where code = 'BJ-V-002' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '绿色建筑／建设', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。'
  where code = 'BJ-V-003' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '绿色建筑／建设', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。核验方式为示意。' where code = 'BJ-V-003' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计／金融', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-V-004' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计／金融', notes_zh = '职称对应（据来源记载）：副高级，见于北京 2.0 版急需紧缺清单。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-V-004' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '计算机／信息技术', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（3.0 版新增项目未注明具体级别）。核验方式为示意。'
  where code = 'BJ-V-005' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '计算机／信息技术', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（3.0 版新增项目未注明具体级别）。核验方式为示意。' where code = 'BJ-V-005' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '计算机／信息技术', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（未注明具体级别）。核验方式为示意。'
  where code = 'BJ-V-006' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '计算机／信息技术', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（未注明具体级别）。核验方式为示意。' where code = 'BJ-V-006' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '化学／科学服务', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（未注明具体级别）。核验方式为示意。'
  where code = 'BJ-V-007' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '化学／科学服务', notes_zh = '职称对应（据来源记载）：作为急需紧缺清单项目走高级职称通道（未注明具体级别）。核验方式为示意。' where code = 'BJ-V-007' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会展（商务服务）', notes_zh = '职称对应（据来源记载）：按“一评三证”颁发职称证书（未注明级别）；因未注明级别，不作职称对应。核验方式为示意。'
  where code = 'BJ-V-008' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会展（商务服务）', notes_zh = '职称对应（据来源记载）：按“一评三证”颁发职称证书（未注明级别）；因未注明级别，不作职称对应。核验方式为示意。' where code = 'BJ-V-008' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。'
  where code = 'BJ-V-009' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。' where code = 'BJ-V-009' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '金融／投资', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—金融）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-001' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '金融／投资', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—金融）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-001' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '金融／风险管理', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—金融）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-002' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '金融／风险管理', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—金融）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-002' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '金融／投资', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-003' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '金融／投资', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-003' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '金融／财富管理', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-004' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '金融／财富管理', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-004' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '精算／保险', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—保险）。核验方式为示意。'
  where code = 'BJ-I-005' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '精算／保险', notes_zh = '职称对应（据来源记载）：中级（推断；经济系列—保险）。核验方式为示意。' where code = 'BJ-I-005' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '精算／保险', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-006' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '精算／保险', notes_zh = '核验方式为示意。' where code = 'BJ-I-006' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计', notes_zh = '职称对应（据来源记载）：中级（推断；会计系列）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-007' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计', notes_zh = '职称对应（据来源记载）：中级（推断；会计系列）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-007' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计／审计', notes_zh = '职称对应（据来源记载）：中级（推断；会计系列）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-008' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计／审计', notes_zh = '职称对应（据来源记载）：中级（推断；会计系列）。在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-008' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '管理会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-009' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '管理会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-009' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '管理会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-010' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '管理会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-010' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '内部审计', notes_zh = '职称对应（据来源记载）：中级（推断；审计系列）。核验方式为示意。'
  where code = 'BJ-I-011' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '内部审计', notes_zh = '职称对应（据来源记载）：中级（推断；审计系列）。核验方式为示意。' where code = 'BJ-I-011' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '信息系统审计／治理', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-012' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '信息系统审计／治理', notes_zh = '核验方式为示意。' where code = 'BJ-I-012' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计／审计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-013' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计／审计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-013' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-014' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-014' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会计／审计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-015' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会计／审计', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-015' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '网络安全／信息技术', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-016' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '网络安全／信息技术', notes_zh = '核验方式为示意。' where code = 'BJ-I-016' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '网络／信息技术', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-017' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '网络／信息技术', notes_zh = '核验方式为示意。' where code = 'BJ-I-017' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-018' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。' where code = 'BJ-I-018' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-019' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '云计算／信息技术', notes_zh = '核验方式为示意。' where code = 'BJ-I-019' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '项目管理', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-020' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '项目管理', notes_zh = '核验方式为示意。' where code = 'BJ-I-020' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '测量／房地产／工程造价', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-021' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '测量／房地产／工程造价', notes_zh = '核验方式为示意。' where code = 'BJ-I-021' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '工程咨询／国际工程承包', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-022' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '工程咨询／国际工程承包', notes_zh = '核验方式为示意。' where code = 'BJ-I-022' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '工程', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列—工程师）。核验方式为示意。'
  where code = 'BJ-I-023' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '工程', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列—工程师）。核验方式为示意。' where code = 'BJ-I-023' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '工程', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列）。核验方式为示意。'
  where code = 'BJ-I-024' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '工程', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列）。核验方式为示意。' where code = 'BJ-I-024' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '工程／技术', notes_zh = '职称对应（据来源记载）：副高级及以上（参照 IEEE 会士推断）。核验方式为示意。'
  where code = 'BJ-I-025' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '工程／技术', notes_zh = '职称对应（据来源记载）：副高级及以上（参照 IEEE 会士推断）。核验方式为示意。' where code = 'BJ-I-025' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '航空航天', notes_zh = '职称对应（据来源记载）：副高级及以上（推断）。核验方式为示意。'
  where code = 'BJ-I-026' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '航空航天', notes_zh = '职称对应（据来源记载）：副高级及以上（推断）。核验方式为示意。' where code = 'BJ-I-026' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '绿色建筑', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列）。核验方式为示意。'
  where code = 'BJ-I-027' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '绿色建筑', notes_zh = '职称对应（据来源记载）：中级（推断；工程系列）。核验方式为示意。' where code = 'BJ-I-027' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '绿色建筑', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-028' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '绿色建筑', notes_zh = '核验方式为示意。' where code = 'BJ-I-028' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '城市规划', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-029' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '城市规划', notes_zh = '核验方式为示意。' where code = 'BJ-I-029' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '城市规划', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-030' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '城市规划', notes_zh = '核验方式为示意。' where code = 'BJ-I-030' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '职业安全', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-031' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '职业安全', notes_zh = '核验方式为示意。' where code = 'BJ-I-031' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '工程', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-032' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '工程', notes_zh = '核验方式为示意。' where code = 'BJ-I-032' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '会展', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-033' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '会展', notes_zh = '核验方式为示意。' where code = 'BJ-I-033' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '卫生健康／医学', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-034' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '卫生健康／医学', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-034' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '航空', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-035' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '航空', notes_zh = '核验方式为示意。' where code = 'BJ-I-035' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '教育', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。'
  where code = 'BJ-I-036' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '教育', notes_zh = '在京执业领域（通知第三部分）由 Qualcat 为演示而设定。核验方式为示意。' where code = 'BJ-I-036' and provenance <> 'OFFICIAL' and sector_zh is null;
update edition_entry set sector_zh = '人力资源', notes_zh = '核验方式为示意。'
  where code = 'BJ-I-037' and edition_id in (select id from catalog_edition where code = '2025' and published_by = 'qualcat');
update qualification set sector_zh = '人力资源', notes_zh = '核验方式为示意。' where code = 'BJ-I-037' and provenance <> 'OFFICIAL' and sector_zh is null;
