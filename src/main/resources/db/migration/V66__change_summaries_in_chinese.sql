-- The change log in Chinese (issue 15: the published edition lists each change with its decision in both
-- languages): new decisions write their summary in Chinese too; the sample catalog's import lines get theirs here.
-- Other existing lines keep their English (the Chinese pages mark it as English).
alter table edition_change add column summary_zh varchar(1000);
update edition_change set summary_zh = concat('依目录文件 ', substring(summary, 26), ' 列入')
  where summary like 'Listed from catalog file %' and summary_zh is null;
update edition_change set summary_zh = concat('依目录文件 ', substring(summary, 27), ' 更新')
  where summary like 'Updated from catalog file %' and summary_zh is null;
