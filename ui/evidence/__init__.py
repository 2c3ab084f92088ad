"""Evidence (佐证材料): the panel that lists, attaches, views and saves out the files of a finding or register entry."""
