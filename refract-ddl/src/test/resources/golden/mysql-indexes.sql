-- CreateTable
CREATE TABLE `Article` (
    `id` INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(300) NOT NULL,
    `body` TEXT NOT NULL,
    `flag` BOOLEAN NOT NULL DEFAULT true,
    `tiny` TINYINT NOT NULL,
    `kind` SMALLINT UNSIGNED NOT NULL,
    `at` DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP(0),
    `stamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `year` YEAR NOT NULL,
    `bin` VARBINARY(16) NOT NULL,
    `data` JSON NOT NULL,
    `bits` BIT(8) NOT NULL,

    INDEX `Article_title_idx`(`title`(100) DESC),
    UNIQUE INDEX `Article_body_key`(`body`(50)),
    FULLTEXT INDEX `Article_title_body_idx`(`title`, `body`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
